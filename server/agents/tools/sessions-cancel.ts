import 'server-only';
import { z } from 'zod';
import { cancelSummary, removeSummary } from '@/lib/agents/confirm-summaries';
import { cancelSession, presentParticipant, removeParticipant, requireAllowed } from '../../sessions/actions';
import { loadTeamSession, type LoadedSession } from '../../sessions/load';
import { requireTeam } from '../../staff/teams';
import { defineTool, type ToolContext } from '../mcp/tool';
import { agentSession, personName, sessionName, sessionTarget, toAgentSession, currentSession } from './session-view';
import { agentId } from './ids';

// Destructive (it cannot be undone) yet idempotent: a second cancel or removal changes nothing more.
const DESTRUCTIVE = { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false } as const;
const output = z.object({ session: agentSession.describe('The session as its page now shows it') });
type Target = { teamId: string; sessionId: string };

/** The session as the screen would load it before acting, and what the summary says about it. */
async function loaded(ctx: ToolContext, input: Target) {
  const teamId = ctx.clinic(input.teamId);
  const session = await loadTeamSession(teamId, input.sessionId);
  const { timezone } = await requireTeam(teamId);
  return { session, timezone, facts: facts(session, ctx) };
}

function facts({ view }: LoadedSession, ctx: ToolContext) {
  const present = view.participants.filter((p) => !p.removed).length;
  const guests = view.participants.filter((p) => p.role !== 'HOST').map((p) => p.displayName);
  const name = sessionName(view.name, guests, ctx);
  return { name, startTime: view.startTime, endTime: view.endTime, participants: present };
}

export const cancelSessionTool = defineTool({
  name: 'cancel_session',
  title: 'Cancel a session',
  description:
    'Cancel a session that has not started. It cannot be undone. The first call changes nothing: it answers with a summary and a confirmation handle; put the summary to the person, and only if they agree call again with the same arguments and the handle.',
  scope: 'sessions:cancel',
  input: z.object(sessionTarget),
  output,
  annotations: DESTRUCTIVE,
  destructive: {
    async describe(ctx, input) {
      const { session, timezone, facts } = await loaded(ctx, input);
      requireAllowed(session, 'cancel');
      return cancelSummary(facts, timezone);
    },
  },
  write: { replay: currentSession },
  async run(ctx, input) {
    const view = await cancelSession(ctx.audit, ctx.clinic(input.teamId), input.sessionId);
    return { session: toAgentSession(view, ctx) };
  },
});

export const removeParticipantTool = defineTool({
  name: 'remove_participant',
  title: 'Remove someone from a session',
  description:
    'Remove a host or guest from a session that has not finished; their entry link stops working. The first call changes nothing: it answers with a summary and a confirmation handle; put the summary to the person, and only if they agree call again with the same arguments and the handle.',
  scope: 'sessions:cancel',
  input: z.object({ ...sessionTarget, participantId: agentId('participant id').describe('From get_session') }),
  output,
  annotations: DESTRUCTIVE,
  destructive: {
    async describe(ctx, input) {
      const { session, timezone, facts } = await loaded(ctx, input);
      requireAllowed(session, 'removeParticipant');
      const person = presentParticipant(session, input.participantId);
      return removeSummary(
        { name: personName(person.displayName, person.role, ctx), role: person.role },
        facts,
        timezone,
      );
    },
  },
  write: { replay: currentSession },
  async run(ctx, input) {
    const view = await removeParticipant(ctx.audit, ctx.clinic(input.teamId), input.sessionId, input.participantId);
    return { session: toAgentSession(view, ctx) };
  },
});
