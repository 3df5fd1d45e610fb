import type { SessionState } from './state';
import type { ParticipantRole } from './types';
import type { SessionView } from './view';

// The words staff see for sessions' states, people and origins, in one place for every screen.

export const STATE_LABEL: Record<SessionState, string> = {
  upcoming: 'Upcoming',
  'in-progress': 'In progress',
  finished: 'Finished',
  cancelled: 'Cancelled',
};

export const PARTICIPANT_ROLE_LABEL: Record<ParticipantRole, string> = {
  HOST: 'Host',
  GUEST: 'Guest',
  PARTICIPANT: 'Participant',
};

export const SOURCE_LABEL: Record<SessionView['source'], string> = {
  booked: 'Booked in Waitboard',
  room: 'Opened by a room-mode admit',
  coviu: 'Made in Coviu',
};
