import 'server-only';
import { z } from 'zod';
import type { ParticipantRole } from '@/lib/sessions/types';
import type { SessionState } from '@/lib/sessions/state';
import type { SessionListItem, SessionView } from '@/lib/sessions/view';
import { initials } from '@/lib/waiting/display';
import { loadTeamSession } from '../../sessions/load';
import type { ToolContext } from '../mcp/tool';
import { agentId } from './ids';

const state = z.enum(['upcoming', 'in-progress', 'finished', 'cancelled'] satisfies SessionState[]);
const role = z.enum(['HOST', 'GUEST', 'PARTICIPANT']);
const reason = z.string().nullable();
const NAME_NOTE = 'Guests by initials ("S. J.") unless the token has the patient-details scope; hosts by name';

/** A guest is a patient: named as a waiting caller is, by initials unless the token may see details. */
export function personName(name: string | null, who: ParticipantRole, ctx: ToolContext): string {
  if (who === 'HOST') return name ?? 'Host';
  return ctx.has('patient-details') ? (name ?? 'Guest') : initials(name);
}

/**
 * A session's name as the token may show it: staff often name a session after its patient
 * ("Sarah Jenkins follow-up"), so without patient-details each word of a guest's name in it
 * becomes an initial, as the guest's own name does.
 */
export function sessionName(name: string | null, guests: (string | null)[], ctx: ToolContext): string | null {
  if (!name || ctx.has('patient-details')) return name;
  const words = guests.flatMap((g) => (g ?? '').split(/\s+/)).filter((w) => w.length > 1);
  return words.reduce(
    (text, word) =>
      text.replace(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'giu'), `${word[0]!.toUpperCase()}.`),
    name,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const agentSessionItem = z.object({
  sessionId: z.string(),
  name: z.string().nullable(),
  state,
  startTime: z.string(),
  endTime: z.string(),
  canceledAt: z.string().nullable(),
  hosts: z.array(z.string()),
  guests: z.array(z.string()).describe(NAME_NOTE),
  source: z.enum(['booked', 'room', 'coviu']).describe('Booked in Waitboard, a video room, or made elsewhere in Coviu'),
});

export function toAgentItem(item: SessionListItem, ctx: ToolContext): z.infer<typeof agentSessionItem> {
  return {
    sessionId: item.id,
    name: sessionName(item.name, item.guests, ctx),
    state: item.state,
    startTime: item.startTime,
    endTime: item.endTime,
    canceledAt: item.canceledAt,
    hosts: item.hosts,
    guests: item.guests.map((g) => personName(g, 'GUEST', ctx)),
    source: item.source,
  };
}

export const agentSession = z.object({
  sessionId: z.string(),
  teamId: z.string(),
  name: z.string().nullable(),
  state,
  startTime: z.string(),
  endTime: z.string(),
  actualStartTime: z.string().nullable(),
  actualEndTime: z.string().nullable(),
  canceledAt: z.string().nullable(),
  permissions: z
    .object({
      addParticipant: reason,
      removeParticipant: reason,
      reschedule: reason,
      cancel: reason,
      sendLink: reason,
    })
    .describe('Each action: null when allowed now, otherwise why not, in the words the screen shows'),
  options: z.object({ singleUseLinks: z.boolean(), hideMenu: z.boolean(), exitUrl: z.string().optional() }),
  source: z.enum(['booked', 'room', 'coviu']),
  participants: z.array(
    z.object({
      participantId: z.string(),
      name: z.string().describe(NAME_NOTE),
      role,
      removed: z.boolean(),
      entryUrl: z.string().nullable().describe('Their link into the call'),
      hasMobile: z.boolean().describe('send_entry_link can send by SMS'),
      hasEmail: z.boolean().describe('send_entry_link can send by email'),
    }),
  ),
});
export type AgentSession = z.infer<typeof agentSession>;

/** A session as its page shows it, contacts reduced to whether a link can be sent each way. */
export function toAgentSession(view: SessionView, ctx: ToolContext): AgentSession {
  return {
    sessionId: view.id,
    teamId: view.teamId,
    name: sessionName(
      view.name,
      view.participants.filter((p) => p.role !== 'HOST').map((p) => p.displayName),
      ctx,
    ),
    state: view.state,
    startTime: view.startTime,
    endTime: view.endTime,
    actualStartTime: view.actualStartTime,
    actualEndTime: view.actualEndTime,
    canceledAt: view.canceledAt,
    permissions: view.permissions,
    options: view.options,
    source: view.source,
    participants: view.participants.map((p) => ({
      participantId: p.id,
      name: personName(p.displayName, p.role, ctx),
      role: p.role,
      removed: p.removed,
      entryUrl: p.entryUrl,
      hasMobile: p.sms !== null,
      hasEmail: p.email !== null,
    })),
  };
}

export const sessionTarget = {
  teamId: agentId('clinic id').describe('From list_clinics'),
  sessionId: agentId('session id').describe('From list_sessions'),
};

/** A repeat of an applied change answers with the session as it is now, as the screens' replays do. */
export async function currentSession(ctx: ToolContext, raw: unknown) {
  const { teamId, sessionId } = raw as { teamId: string; sessionId: string };
  return { session: toAgentSession((await loadTeamSession(ctx.clinic(teamId), sessionId)).view, ctx) };
}
