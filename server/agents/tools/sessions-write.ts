import 'server-only';
import { z } from 'zod';
import { bookingInput, notifyInput, participantInput, rescheduleInput } from '@/lib/sessions/schemas';
import { HttpError } from '../../errors';
import { addParticipant, bookSession, rescheduleSession } from '../../sessions/actions';
import { loadTeamSession } from '../../sessions/load';
import { notificationsFor, sendEntryLink } from '../../sessions/notifier';
import { replayBooking } from '../../sessions/replay-booking';
import { defineTool } from '../mcp/tool';
import { agentSession, sessionTarget, toAgentSession, currentSession } from './session-view';
import { agentId } from './ids';

const WRITE = { readOnlyHint: false, destructiveHint: false } as const;
const output = z.object({ session: agentSession.describe('The session as its page now shows it') });
type Target = { teamId: string; sessionId: string };

export const bookSessionTool = defineTool({
  name: 'book_session',
  title: 'Book a session',
  description:
    'Book a video session in a clinic, as the New session screen does: a name, when (now, or a clinic date and time), how long, its hosts (practitionerIds from list_clinics) and its guests (a name, and a mobile or email to send their link to later with send_entry_link). Answers with the session and everyone’s entry links.',
  scope: 'sessions',
  input: z.object({ teamId: sessionTarget.teamId, ...bookingInput.shape }),
  output,
  annotations: { ...WRITE, idempotentHint: false, openWorldHint: false },
  write: {
    replay: async (ctx, raw, auditId) => {
      const { teamId } = raw as { teamId: string };
      return { session: toAgentSession(await replayBooking(ctx.clinic(teamId), auditId), ctx) };
    },
  },
  async run(ctx, input) {
    const { teamId, ...booking } = input;
    // The screen's whole schema again: its cross-field rule (at most six people) too.
    const checked = bookingInput.parse(booking);
    const session = await bookSession(ctx.audit, ctx.staff, ctx.clinic(teamId), checked);
    return { session: toAgentSession(session, ctx) };
  },
});

export const addParticipantTool = defineTool({
  name: 'add_participant',
  title: 'Add someone to a session',
  description:
    'Add a host (role HOST, userId = a practitionerId from list_clinics) or a guest (role GUEST with a name and optionally a mobile or email) to a session that has not finished. Answers with the session, including the new person’s entry link.',
  scope: 'sessions',
  input: z.object({ ...sessionTarget, participant: participantInput }),
  output,
  annotations: { ...WRITE, idempotentHint: false, openWorldHint: false },
  write: { replay: currentSession },
  async run(ctx, input) {
    const view = await addParticipant(ctx.audit, ctx.clinic(input.teamId), input.sessionId, input.participant);
    return { session: toAgentSession(view, ctx) };
  },
});

export const rescheduleSessionTool = defineTool({
  name: 'reschedule_session',
  title: 'Reschedule a session',
  description:
    'Move a session to a new clinic date and time, with a new length. Once it has started only its end can move; a finished or cancelled session cannot be rescheduled.',
  scope: 'sessions',
  input: z.object({ ...sessionTarget, ...rescheduleInput.shape }),
  output,
  annotations: { ...WRITE, idempotentHint: true, openWorldHint: false },
  write: { replay: currentSession },
  async run(ctx, input) {
    const { teamId, sessionId, ...times } = input;
    return { session: toAgentSession(await rescheduleSession(ctx.audit, ctx.clinic(teamId), sessionId, times), ctx) };
  },
});

const delivery = z.object({
  participantId: z.string(),
  channel: z.enum(['sms', 'email']),
  status: z
    .enum(['recorded', 'sent', 'failed'])
    .describe('"recorded": the clinic has no SMS or mail provider set up, so it was kept, not sent'),
  detail: z.string().nullable(),
});

export const sendEntryLinkTool = defineTool({
  name: 'send_entry_link',
  title: 'Send an entry link',
  description:
    'Send a participant their link into the session by SMS or email, to the mobile or email given when they were added (get_session says which they have). The message goes to the patient.',
  scope: 'sessions',
  input: z.object({
    ...sessionTarget,
    participantId: agentId('participant id').describe('From get_session'),
    channel: notifyInput.shape.channel,
  }),
  output: delivery,
  annotations: { ...WRITE, idempotentHint: false, openWorldHint: true },
  write: {
    replay: async (ctx, raw) => {
      const { teamId, sessionId, participantId, channel } = raw as Target & z.infer<typeof delivery>;
      await loadTeamSession(ctx.clinic(teamId), sessionId);
      const sent = (await notificationsFor(sessionId)).find(
        (n) => n.participantId === participantId && n.channel === channel,
      );
      if (!sent) throw new HttpError(409, 'already_done', 'That link was already sent. See the session’s page.');
      return { participantId, channel, status: sent.status, detail: sent.detail };
    },
  },
  async run(ctx, input) {
    const { teamId, sessionId, participantId, channel } = input;
    const sent = await sendEntryLink(ctx.audit, ctx.staff, ctx.clinic(teamId), sessionId, participantId, channel);
    return { participantId, channel, status: sent.status, detail: sent.detail ?? null };
  },
});
