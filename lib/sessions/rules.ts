import type { Session } from '@/lib/sessions/types';
import { deriveSessionState, type SessionState } from './state';

export type SessionAction = 'addParticipant' | 'removeParticipant' | 'reschedule' | 'cancel' | 'sendLink';

/** Null when allowed, otherwise the reason shown on the disabled control and in the server's refusal. */
export type Permissions = Record<SessionAction, string | null>;

const REASONS = {
  cancelled: 'This session was cancelled, so it can no longer be changed.',
  finishedAdd: 'This session has finished, so nobody can be added to it.',
  finishedRemove: 'This session has finished, so its participants can no longer be removed.',
  finishedChange: 'This session has finished, so it can no longer be rescheduled.',
  startedCancel: 'This session has already started, so it can no longer be cancelled.',
  finishedCancel: 'This session has finished, so it can no longer be cancelled.',
  finishedLink: 'This session has finished, so its entry links no longer work.',
} as const;

/**
 * What Coviu's temporal rules allow right now (API-NOTES §4 #3–#6). The form and the server both
 * ask this, so a disabled button and a refused request give the same reason.
 */
export function sessionPermissions(session: Session, now: number): Permissions {
  return permissionsFor(deriveSessionState(session, now));
}

export function permissionsFor(state: SessionState): Permissions {
  switch (state) {
    case 'cancelled':
      return {
        addParticipant: REASONS.cancelled,
        removeParticipant: REASONS.cancelled,
        reschedule: REASONS.cancelled,
        cancel: REASONS.cancelled,
        sendLink: REASONS.cancelled,
      };
    case 'finished':
      return {
        addParticipant: REASONS.finishedAdd,
        removeParticipant: REASONS.finishedRemove,
        reschedule: REASONS.finishedChange,
        cancel: REASONS.finishedCancel,
        sendLink: REASONS.finishedLink,
      };
    case 'in-progress':
      return {
        addParticipant: null,
        removeParticipant: null,
        reschedule: null,
        cancel: REASONS.startedCancel,
        sendLink: null,
      };
    case 'upcoming':
      return { addParticipant: null, removeParticipant: null, reschedule: null, cancel: null, sendLink: null };
  }
}
