import type { CallStatus } from '@/lib/waiting/call';

export const STATUS_LABEL: Record<CallStatus, string> = {
  waiting: 'Waiting',
  'being-seen': 'Being seen',
  'on-hold': 'On hold',
  left: 'Left',
  transferred: 'Transferred',
  ended: 'Ended',
};
