import type { SandboxContext } from '../context';
import { newParticipant, type ParticipantInput } from '../routes/session-json';
import type { SimSession } from '../store';

export interface SessionFields {
  name: string | null;
  picture: string | null;
  startTime: number;
  endTime: number;
  featureFlags: string[];
}

/**
 * Puts a session in the API client's team as Coviu would hold it. The API path checks Coviu's
 * create rules first; the control API and the clinic's timetable use this directly to arrange
 * sessions booked "earlier", which may already have happened.
 */
export function insertSession(
  ctx: SandboxContext,
  fields: SessionFields,
  participants: ParticipantInput[],
  createdAt: number,
): SimSession {
  const session: SimSession = {
    sessionId: ctx.ids.uuid(),
    teamId: ctx.clientTeamId,
    clientId: ctx.clientUuid,
    ...fields,
    createdAt,
    seq: ctx.store.sessionSeq++,
    canceledAt: null,
    participants: [],
    emitted: new Set(),
    settled: false,
  };
  session.participants = participants.map((input) => newParticipant(ctx, session.sessionId, input, createdAt));
  ctx.store.sessions.set(session.sessionId, session);
  return session;
}
