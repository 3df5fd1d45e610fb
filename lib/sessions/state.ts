import type { Session } from '@/lib/sessions/types';

export type SessionState = 'upcoming' | 'in-progress' | 'finished' | 'cancelled';

export const SESSION_STATES: readonly SessionState[] = ['upcoming', 'in-progress', 'finished', 'cancelled'];

type Timed = Pick<Session, 'startTime' | 'endTime' | 'actualStartTime' | 'actualEndTime' | 'canceledAt'>;

/**
 * Coviu sessions carry no state field; it is derived from the times and the cancel marker
 * (API-NOTES §4). Cancelled wins; then a recorded actual end or a passed booking end means
 * finished; a recorded actual start or being inside the booked window means in progress.
 * The window includes both ends: at exactly `end_time` the session is still running.
 */
export function deriveSessionState(session: Timed, now: number): SessionState {
  if (session.canceledAt) return 'cancelled';
  const start = Date.parse(session.startTime);
  const end = Date.parse(session.endTime);
  if (session.actualEndTime || now > end) return 'finished';
  if (session.actualStartTime || now >= start) return 'in-progress';
  return 'upcoming';
}
