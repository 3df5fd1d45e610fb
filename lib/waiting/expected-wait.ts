import { type ThresholdSettings } from './thresholds';
import type { DashboardCaller } from './types';
import { sortByUrgency } from './urgency';
import type { QueueHistory, WaitBasis } from './wait-basis';

// Expected wait, kept simple enough to say in one line. A waiting caller is seen once enough
// consults end to free a practitioner for them: the callers ahead (less the share who give up, as
// callers here did over the window) and one more, less the practitioners free now. The queue's
// practitioners are its share (by answered calls) of those working now, at least those in its
// consults now; with no count of practitioners, as many as it took to answer this clinic-local
// hour's usual callers (answers per hour × mean consult). Consults end at a pace of practitioners
// ÷ mean consult, close to at random, so the wait is a Gamma-shaped sum whose percentiles give
// the range. Little history widens it; too little withholds it. bench/expected-wait.bench.ts
// measures it against the naive estimate.

/** Fewer finished consults than this in the window: no range, only the reason. */
export const MIN_CONSULTS = 20;
/** Fewer than this: the range is widened and says the history is thin. */
export const FEW_CONSULTS = 100;
/** From a practitioner coming free to the call being answered (the sandbox's take 0.3–1.5 min). */
const PICKUP_MIN = 0.5;
/** The range runs from the 20th to the 80th percentile; with little history, the 10th to the 90th. */
const Z = 0.84;
const Z_LITTLE = 1.28;

/**
 * The p-quantile (z its normal score) of the time for `n` consult endings whose mean total is
 * `mean`: endings among several practitioners come close to at random, so the total is roughly
 * Gamma-distributed; Wilson–Hilferty's cube-root approximation gives its quantiles.
 */
export function gammaQuantile(n: number, mean: number, z: number): number {
  const c = 1 / (9 * n);
  return mean * Math.max(0, 1 - c + z * Math.sqrt(c)) ** 3;
}

export type Reliability = 'ok' | 'little-history' | 'no-history' | 'no-practitioners';

export interface WaitEstimate {
  /** Whole minutes; null when withheld. */
  range: { low: number; high: number } | null;
  expectedMin: number | null;
  reliability: Reliability;
  /** "about 8–12 min" or why there is none. */
  summary: string;
  /** The figures it rests on, in words. */
  basis: string;
}

/** Where a caller stands: waiting callers ahead in their queue, and callers being seen there. */
export interface Position {
  queueId: string | null;
  ahead: number;
  busy: number;
}

const queueOf = (c: DashboardCaller) => c.triage.reassignedQueueId ?? c.queueId;

/** Each waiting caller's place in their queue, in the order the console lists them. */
export function queuePositions(
  callers: DashboardCaller[],
  now: number,
  settings: ThresholdSettings,
): Map<string, Position> {
  const busy = new Map<string | null, number>();
  for (const c of callers)
    if (c.status === 'being-seen' || c.status === 'on-hold') busy.set(queueOf(c), (busy.get(queueOf(c)) ?? 0) + 1);
  const ahead = new Map<string | null, number>();
  const positions = new Map<string, Position>();
  for (const c of sortByUrgency(callers, now, settings)) {
    if (c.status !== 'waiting') continue;
    const q = queueOf(c);
    const n = ahead.get(q) ?? 0;
    positions.set(c.callId, { queueId: q, ahead: n, busy: busy.get(q) ?? 0 });
    ahead.set(q, n + 1);
  }
  return positions;
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();
export function clinicHour(at: number, timezone: string): number {
  let f = hourFormats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-AU', { timeZone: timezone, hour: 'numeric', hourCycle: 'h23' });
    hourFormats.set(timezone, f);
  }
  return Number(f.format(new Date(at))) % 24;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const round = (m: number) => Math.round(m);

function withheld(reliability: Reliability, summary: string, basis: string): WaitEstimate {
  return { range: null, expectedMin: null, reliability, summary, basis };
}

/** The history to read: the queue's own, or the clinic's when the queue has too little. */
function historyFor(basis: WaitBasis, queueId: string | null): { h: QueueHistory; own: boolean } {
  const own = queueId ? basis.queues[queueId] : undefined;
  return own && own.consults >= MIN_CONSULTS ? { h: own, own: true } : { h: basis.clinic, own: false };
}

/** The expected wait of a caller at `position`, at `now` (also a queue's wait for someone joining it). */
export function estimateWait(basis: WaitBasis, position: Position, now: number): WaitEstimate {
  const { h, own } = historyFor(basis, position.queueId);
  const days = basis.historyDays;
  const ahead = position.ahead ? `${position.ahead} ahead` : 'next in line';
  const over = `over the last ${plural(Math.max(days, 1), 'day')}`;
  if (h.consults < MIN_CONSULTS || h.consultMeanMin === null || h.consultMedianMin === null)
    return withheld(
      'no-history',
      'no estimate yet',
      `${ahead}; only ${plural(h.consults, 'consult')} ${over}, ${MIN_CONSULTS} are needed for an estimate`,
    );
  if (basis.practitioners === 0)
    return withheld('no-practitioners', 'no estimate', `${ahead}; no practitioner is working now`);

  const queue = position.queueId ? basis.queues[position.queueId] : undefined;
  // A queue's share of the clinic's practitioners is its share of the answered calls.
  const share = queue && basis.clinic.answered ? queue.answered / basis.clinic.answered : 1;
  const hourAnswers = (queue ?? basis.clinic).answersPerHour[clinicHour(now, basis.timezone)] ?? 0;
  // The practitioners this queue has now: its share of those working; without a roster, as many as
  // it took to answer this hour's usual callers (answers per hour × mean consult).
  const fromRoster = basis.practitioners === null ? null : Math.round(basis.practitioners * share);
  const fromHistory = Math.ceil((hourAnswers * h.consultMeanMin) / 60);
  const servers = Math.max(position.busy, 1, fromRoster ?? fromHistory);
  const rate = servers / h.consultMeanMin;

  // Callers ahead give up as often as callers here did over the window.
  const stays = h.answered + h.abandoned ? h.answered / (h.answered + h.abandoned) : 1;
  const free = Math.max(0, servers - position.busy);
  const endings = Math.max(0, Math.round(position.ahead * stays) + 1 - free);
  const little = h.consults < FEW_CONSULTS || days < 3;
  const z = little ? Z_LITTLE : Z;
  const at = (zp: number) => PICKUP_MIN + (endings ? gammaQuantile(endings, endings / rate, zp) : 0);
  const expected = at(0);
  const low = Math.max(0, Math.floor(at(-z) - (endings ? 0 : PICKUP_MIN)));
  const high = Math.max(low + 2, Math.ceil(at(z)));

  const parts = [
    `${ahead}`,
    basis.practitioners === null
      ? `${round(hourAnswers)} answered per hour at this time`
      : `${plural(servers, 'practitioner')} available`,
    `median consult ${round(h.consultMedianMin)} min ${over}${own ? '' : ' (whole clinic)'}`,
  ];
  if (little) parts.push(`little history (${plural(h.consults, 'consult')}), so a wide range`);
  return {
    range: { low, high },
    expectedMin: expected,
    reliability: little ? 'little-history' : 'ok',
    summary: `about ${low}–${high} min`,
    basis: parts.join(', '),
  };
}

/** The naive estimate the bench compares against: people ahead × median consult ÷ practitioners. */
export function naiveWait(basis: WaitBasis, position: Position): number | null {
  const median = basis.clinic.consultMedianMin;
  if (median === null || !basis.practitioners) return null;
  return (position.ahead * median) / basis.practitioners;
}
