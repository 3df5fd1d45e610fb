import type { PatientDetails } from './patient-details';

/** Where a caller stands, as Coviu's timestamps tell it (API-NOTES §3.4, inferred lifecycle). */
export type CallStatus = 'waiting' | 'being-seen' | 'on-hold' | 'left' | 'transferred' | 'ended';

export interface WaitingCall {
  id: string;
  teamId: string;
  queueId: string | null;
  peerId: string;
  callType: string;
  sessionId: string | null;
  status: CallStatus;
  joinedAt: string;
  lastActivityAt: string;
  answeredAt: string | null;
  startedAt: string | null;
  onHoldAt: string | null;
  leftQueueAt: string | null;
  transferredAt: string | null;
  finishedAt: string | null;
  transferredTo: string | null;
  transferredToTeam: string | null;
  previousCallId: string | null;
  patient: PatientDetails;
}

type CallTimestamps = Pick<
  WaitingCall,
  'answeredAt' | 'startedAt' | 'onHoldAt' | 'leftQueueAt' | 'transferredAt' | 'finishedAt'
>;

/**
 * Terminal facts win over transient ones: a call that was put on hold and then transferred
 * is transferred. `leftQueueAt` only means abandonment when nobody answered, because Coviu
 * may also stamp it when a practitioner takes the caller out of the queue.
 */
export function deriveCallStatus(call: CallTimestamps): CallStatus {
  const answered = Boolean(call.answeredAt ?? call.startedAt);
  if (call.transferredAt) return 'transferred';
  if (call.leftQueueAt && !answered) return 'left';
  if (call.finishedAt) return answered ? 'ended' : 'left';
  if (call.onHoldAt) return 'on-hold';
  if (answered) return 'being-seen';
  return 'waiting';
}
