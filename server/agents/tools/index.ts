import 'server-only';
import type { AgentTool } from '../mcp/tool';
import { getCaller, listWaitingCallers } from './callers';
import { listClinics } from './clinics';
import { listRecordings } from './recordings';
import { dayReviewTool, queueReport } from './reports';
import { cancelSessionTool, removeParticipantTool } from './sessions-cancel';
import { getSession, getSessionSummary, listSessions } from './sessions-read';
import { addParticipantTool, bookSessionTool, rescheduleSessionTool, sendEntryLinkTool } from './sessions-write';
import { addNote, admitCaller, claimCaller, reassignCaller, releaseCaller, setPriority } from './triage';

/** Every tool, in the order a client lists them; server/agents/mcp/server.ts filters by scope. */
export const AGENT_TOOLS: AgentTool[] = [
  listClinics,
  listWaitingCallers,
  getCaller,
  claimCaller,
  releaseCaller,
  admitCaller,
  reassignCaller,
  setPriority,
  addNote,
  listSessions,
  getSession,
  getSessionSummary,
  listRecordings,
  bookSessionTool,
  addParticipantTool,
  rescheduleSessionTool,
  sendEntryLinkTool,
  cancelSessionTool,
  removeParticipantTool,
  queueReport,
  dayReviewTool,
] as unknown as AgentTool[];
