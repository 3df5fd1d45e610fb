import type { AlertKind } from './alerts';
import type { CallStatus } from './call';
import type { WaitLevel } from './thresholds';
import type { Priority } from './types';

// The words staff see for the waiting area's states, in one place so the dashboard, the wall
// display and settings never drift apart.

export const PRIORITY_LABEL: Record<Priority, string> = { 0: 'Normal', 1: 'High', 2: 'Urgent' };

export const STATUS_LABEL: Record<CallStatus, string> = {
  waiting: 'Waiting',
  'being-seen': 'Being seen',
  'on-hold': 'On hold',
  left: 'Left',
  transferred: 'Transferred',
  ended: 'Ended',
};

export const LEVEL_LABEL: Record<WaitLevel, string> = { ok: 'On time', warn: 'Long wait', critical: 'Over limit' };

export const ALERT_LABEL: Record<AlertKind, string> = {
  'new-caller': 'New caller',
  'long-wait': 'Long wait',
  'over-limit': 'Over the wait limit',
  'not-joined': 'Admitted but the practitioner has not joined',
  'claim-lapsed': 'A claim lapsed',
};
