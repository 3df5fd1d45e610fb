import type { WaitingQueue } from '../core/team';
import { estimateWait, type WaitEstimate } from '../waiting/expected-wait';
import { waitingSince } from '../waiting/thresholds';
import type { DashboardCaller } from '../waiting/types';
import type { WaitBasis } from '../waiting/wait-basis';

export interface QueueSummary {
  id: string;
  name: string;
  /** Waiting or on hold, as the wall lists them. */
  waiting: number;
  /** For someone joining now; null until the clinic's history has been read. */
  estimate: WaitEstimate | null;
}

const queueOf = (c: DashboardCaller) => c.triage.reassignedQueueId ?? c.queueId;

/**
 * "Physio — 4 waiting · expected 10–20 min" for each of the clinic's queues: the same estimate
 * the console gives a new caller (behind everyone waiting there, with the practitioners in its
 * consults), from the snapshot's wait basis. Queues with nobody waiting are listed too: their
 * expected wait is what a caller joining now would meet.
 */
export function queueSummaries(
  queues: WaitingQueue[],
  callers: DashboardCaller[],
  basis: WaitBasis | null | undefined,
  now: number,
): QueueSummary[] {
  return queues.map((q) => {
    const here = callers.filter((c) => queueOf(c) === q.id);
    const ahead = here.filter((c) => c.status === 'waiting').length;
    const busy = here.filter((c) => c.status === 'being-seen' || c.status === 'on-hold').length;
    return {
      id: q.id,
      name: q.name,
      waiting: here.filter((c) => waitingSince(c) !== null).length,
      estimate: basis ? estimateWait(basis, { queueId: q.id, ahead, busy }, now) : null,
    };
  });
}

/** The expected wait in a few words for the wall: "expected 10–20 min", or why there is none. */
export function expectedWords(estimate: WaitEstimate | null): string {
  if (!estimate) return 'expected wait not known yet';
  if (!estimate.range)
    return estimate.reliability === 'no-practitioners' ? 'no practitioner working now' : 'no estimate yet';
  return `expected ${estimate.range.low}–${estimate.range.high} min`;
}
