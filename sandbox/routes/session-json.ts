import type { SandboxContext } from '../context';
import { compact, iso } from '../http';
import { planTimeline } from '../sim/attendance';
import type { SimParticipant, SimSession } from '../store';

export function participantJson(ctx: SandboxContext, p: SimParticipant) {
  return compact({
    participant_id: p.participantId,
    session_id: p.sessionId,
    client_id: p.clientId,
    display_name: p.displayName,
    role: p.role,
    entry_url: ctx.entryUrl(p.participantId),
    picture: p.picture,
    state: p.state,
    user_hint: p.userHint,
    phone: p.phone,
    deleted_at: iso(p.deletedAt),
    created: iso(p.createdAt),
  });
}

export function sessionJson(ctx: SandboxContext, s: SimSession, now: number, deletedParticipants: boolean) {
  const timeline = planTimeline(s, ctx.options.seed);
  const ended = timeline.actualEnd !== null && timeline.actualEnd <= now;
  return compact({
    session_id: s.sessionId,
    session_name: s.name,
    team_id: s.teamId,
    client_id: s.clientId,
    start_time: iso(s.startTime),
    end_time: iso(s.endTime),
    actual_end_time: ended ? iso(timeline.actualEnd) : undefined,
    canceled_time: iso(s.canceledAt),
    picture: s.picture,
    feature_flags: s.featureFlags.length ? s.featureFlags : undefined,
    participants: s.participants
      .filter((p) => deletedParticipants || p.deletedAt === null)
      .map((p) => participantJson(ctx, p)),
  });
}

/** What a summary may say at `now`: only entries and exits that have already happened. */
export function summaryJson(ctx: SandboxContext, s: SimSession, now: number) {
  const timeline = planTimeline(s, ctx.options.seed);
  return compact({
    start_time: iso(s.startTime),
    end_time: iso(s.endTime),
    actual_end_time: timeline.actualEnd !== null && timeline.actualEnd <= now ? iso(timeline.actualEnd) : undefined,
    participants: timeline.attendance
      .filter((a) => a.entry <= now)
      .map((a) =>
        compact({
          participant_id: a.participantId,
          role: a.role,
          entry_time: iso(a.entry),
          exit_time: a.exit <= now ? { left_at: iso(a.exit), left_reason: a.leftReason } : undefined,
          bandwidth: a.exit <= now ? a.bandwidth : undefined,
        }),
      ),
  });
}

const ROLES = ['HOST', 'GUEST', 'PARTICIPANT'] as const;

export type ParticipantInput = Pick<
  SimParticipant,
  'displayName' | 'role' | 'picture' | 'state' | 'phone' | 'userHint'
>;

/** Validates a participant body; returns a message a person can act on when it is wrong. */
export function parseParticipantInput(body: unknown, index?: number): ParticipantInput | string {
  const where = index === undefined ? '' : `participants[${index}].`;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return `${where || 'body'} must be an object`;
  const b = body as Record<string, unknown>;
  const role = b.role === undefined || b.role === null ? 'GUEST' : String(b.role).toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) return `${where}role must be host, guest or participant`;
  for (const key of ['display_name', 'picture', 'state', 'phone', 'user_hint']) {
    if (b[key] !== undefined && b[key] !== null && typeof b[key] !== 'string') return `${where}${key} must be a string`;
  }
  return {
    displayName: (b.display_name as string | undefined) ?? '',
    role: role as SimParticipant['role'],
    picture: (b.picture as string | undefined) ?? null,
    state: (b.state as string | undefined) ?? null,
    phone: (b.phone as string | undefined) ?? null,
    userHint: (b.user_hint as string | undefined) ?? null,
  };
}

export function newParticipant(
  ctx: SandboxContext,
  sessionId: string,
  input: ParticipantInput,
  now: number,
): SimParticipant {
  const participant: SimParticipant = {
    participantId: ctx.ids.uuid(),
    sessionId,
    clientId: ctx.clientUuid,
    ...input,
    createdAt: now,
    deletedAt: null,
  };
  ctx.store.participants.set(participant.participantId, participant);
  return participant;
}
