import type { CallStatus } from './call';
import type { DashboardSettings } from '../settings/schema';
import type { WaitBasis } from './wait-basis';

export type Priority = 0 | 1 | 2;

export interface Admission {
  mode: 'route' | 'room';
  /** A roster entry; `userId` is its linked staff account (who sees the Join link). */
  practitioner: { id: string; name: string; userId?: string | null };
  admittedAt: string;
  admittedBy: string;
  hostUrl: string | null;
  guestUrl: string | null;
  joinedAt: string | null;
}

export interface Triage {
  claimedBy: { id: string; name: string } | null;
  claimedUntil: string | null;
  priority: Priority;
  note: string | null;
  reassignedQueueId: string | null;
  reassignedPractitioner: { id: string; name: string; userId?: string | null } | null;
  admission: Admission | null;
  /** An open escalation (sent to the clinic's chat and not yet acknowledged). */
  escalation: { kind: 'over-limit' | 'not-joined'; since: string; sends: number } | null;
  /**
   * The caller's latest escalation, open or closed: the not-joined marker says whether one was
   * posted and who acknowledged it (null `acknowledgedBy` with a time: closed by Waitboard itself).
   */
  lastEscalation: {
    kind: 'over-limit' | 'not-joined';
    since: string;
    acknowledgedAt: string | null;
    acknowledgedBy: { id: string; name: string } | null;
  } | null;
  /** A claim that ran out without a release (its owner and when it ended), so every screen can say so. */
  lapsedClaim: { by: { id: string; name: string }; at: string } | null;
  version: number;
  /** When a person last changed it (the server's clock), for "Changed since you last looked". */
  changedAt?: string | null;
}

/** A caller as the dashboard shows them: Coviu's call, merged with our triage layer. */
export interface DashboardCaller {
  callId: string;
  rootCallId: string;
  teamId: string;
  /** The queue Coviu has them in. */
  queueId: string | null;
  status: CallStatus;
  callType: string;
  name: string | null;
  /** When they joined this queue (Coviu's joinedAt); drives the queue's thresholds. */
  joinedAt: string;
  /** When they first joined any queue, across transfers. */
  arrivedAt: string;
  answeredAt: string | null;
  onHoldAt: string | null;
  endedAt: string | null;
  triage: Triage;
}

export interface WaitingSnapshot {
  teamId: string;
  /** When Coviu last answered; null before the first good poll. */
  fetchedAt: string | null;
  /** The server's clock when this was sent, so browsers can correct their own. */
  serverTime: string;
  /** How often the server polls now (ms): data older than two of these is stale. */
  intervalMs: number;
  error: string | null;
  seq: number;
  /** The clinic's settings (thresholds, admission mode…); null until first read. */
  settings: DashboardSettings | null;
  callers: DashboardCaller[];
  /** The clinic's history for expected waits (lib/waiting/expected-wait.ts); absent until first read. */
  waitBasis?: WaitBasis | null;
}

export type ChangeKind =
  'arrived' | 'answered' | 'on-hold' | 'left' | 'transferred' | 'ended' | 'updated' | 'triage' | 'removed';

export interface WaitingChange {
  seq: number;
  kind: ChangeKind;
  caller: DashboardCaller;
}

export const EMPTY_TRIAGE: Triage = {
  claimedBy: null,
  claimedUntil: null,
  priority: 0,
  note: null,
  reassignedQueueId: null,
  reassignedPractitioner: null,
  admission: null,
  escalation: null,
  lastEscalation: null,
  lapsedClaim: null,
  version: 0,
};
