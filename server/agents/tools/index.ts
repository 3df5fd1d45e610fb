import 'server-only';
import type { AgentTool } from '../mcp/tool';
import { getCaller, listWaitingCallers } from './callers';
import { listClinics } from './clinics';
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
] as unknown as AgentTool[];
