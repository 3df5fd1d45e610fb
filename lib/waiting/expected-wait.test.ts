import { describe, expect, it } from 'vitest';
import { estimateWait, gammaQuantile, naiveWait, queuePositions } from './expected-wait';
import { DEFAULT_THRESHOLD_SETTINGS } from './thresholds';
import { type DashboardCaller, EMPTY_TRIAGE } from './types';
import { buildWaitBasis, type ConsultRow, type HourRow, type WaitBasis } from './wait-basis';
import { binOf } from '../reports/bins';

// 10:00 in Sydney (UTC+11 in November).
const NOW = Date.parse('2026-11-20T23:00:00.000Z');
const MIN = 60_000;

/** `n` consults of `minutes` each in queue q1, answered over `days` days at 10:00, and `left` who gave up. */
function history(
  n: number,
  minutes: number,
  opts: { days?: number; left?: number; practitioners?: number | null } = {},
) {
  const days = opts.days ?? 14;
  const hours: HourRow[] = Array.from({ length: days }, (_, d) => ({
    queueId: 'q1',
    localDate: `2026-11-${String(d + 1).padStart(2, '0')}`,
    hour: 10,
    answered: d === 0 ? n - Math.floor(n / days) * (days - 1) : Math.floor(n / days),
    abandoned: d === 0 ? (opts.left ?? 0) : 0,
  }));
  const consults: ConsultRow[] = [{ queueId: 'q1', bin: binOf(minutes * 60), count: n, lengthSum: n * minutes * 60 }];
  return buildWaitBasis({
    teamId: 't',
    timezone: 'Australia/Sydney',
    now: NOW,
    hours,
    consults,
    practitioners: opts.practitioners === undefined ? 2 : opts.practitioners,
  });
}

const at = (ahead: number, busy = 2) => ({ queueId: 'q1', ahead, busy });

describe('the wait basis', () => {
  it('reads consult lengths and answers per clinic-local hour over the days of history', () => {
    const b = history(140, 9, { days: 14 });
    expect(b.historyDays).toBe(14);
    expect(b.clinic.consults).toBe(140);
    expect(b.clinic.consultMedianMin).toBeCloseTo(9, 0);
    expect(b.clinic.consultMeanMin).toBeCloseTo(9, 5);
    expect(b.queues.q1!.answersPerHour[10]).toBeCloseTo(10, 5);
    expect(b.queues.q1!.answersPerHour[11]).toBe(0);
  });
});

describe('the expected wait', () => {
  it('withholds the range below 20 consults and says why, and gives one at 20', () => {
    const thin = estimateWait(history(19, 9), at(3), NOW);
    expect(thin.range).toBeNull();
    expect(thin.reliability).toBe('no-history');
    expect(thin.basis).toContain('only 19 consults');
    const enough = estimateWait(history(20, 9), at(3), NOW);
    expect(enough.range).not.toBeNull();
    expect(enough.reliability).toBe('little-history');
  });

  it('widens the range and says so below 100 consults or 3 days', () => {
    const little = estimateWait(history(99, 9), at(3), NOW);
    const ample = estimateWait(history(100, 9), at(3), NOW);
    expect(ample.reliability).toBe('ok');
    expect(little.basis).toContain('little history (99 consults)');
    expect(ample.basis).not.toContain('little history');
    expect(little.range!.high - little.range!.low).toBeGreaterThan(ample.range!.high - ample.range!.low);
    expect(estimateWait(history(200, 9, { days: 2 }), at(3), NOW).reliability).toBe('little-history');
  });

  it('says it in words: ahead, practitioners, median consult over the days of history', () => {
    const e = estimateWait(history(280, 9), at(4), NOW);
    expect(e.summary).toMatch(/^about \d+–\d+ min$/);
    expect(e.basis).toBe('4 ahead, 2 practitioners available, median consult 9 min over the last 14 days');
    expect(e.range!.low).toBeLessThanOrEqual(e.expectedMin!);
    expect(e.range!.high).toBeGreaterThanOrEqual(e.expectedMin!);
  });

  it('is a short pick-up when a practitioner is free, and waits for a consult to end when none is', () => {
    const free = estimateWait(history(280, 9), at(0, 1), NOW);
    expect(free.range).toEqual({ low: 0, high: 2 });
    expect(free.basis).toMatch(/^next in line/);
    const busy = estimateWait(history(280, 9), at(0, 2), NOW);
    // One consult of two must end: about 9 ÷ 2 min, the median of a random ending a little less.
    expect(busy.expectedMin!).toBeGreaterThan(3);
    expect(busy.expectedMin!).toBeLessThan(5);
  });

  it('grows with the line, and fewer stay in it where callers often give up', () => {
    const b = history(280, 9);
    const waits = [0, 1, 2, 4, 8].map((n) => estimateWait(b, at(n), NOW).expectedMin!);
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    const leaving = estimateWait(history(280, 9, { left: 280 }), at(8), NOW).expectedMin!;
    expect(leaving).toBeLessThan(waits[4]!);
  });

  it('withholds when no practitioner is working', () => {
    const e = estimateWait(history(280, 9, { practitioners: 0 }), at(2, 0), NOW);
    expect(e.range).toBeNull();
    expect(e.basis).toContain('no practitioner is working now');
  });

  it('without a roster, counts the practitioners answers per hour at this clinic hour took', () => {
    const b = history(280, 9, { practitioners: null });
    const tenAm = estimateWait(b, at(0, 0), NOW);
    expect(tenAm.basis).toContain('20 answered per hour at this time');
    // 20 an hour × 9 min = 3 practitioners, 2 busy: one is free at 10:00; at 11:00 none answered.
    expect(tenAm.range).toEqual({ low: 0, high: 2 });
    expect(estimateWait(b, at(0, 1), NOW + 60 * MIN).expectedMin!).toBeGreaterThan(2);
  });

  it('reads the clinic when the queue has too little history of its own', () => {
    const b: WaitBasis = { ...history(280, 9), queues: {} };
    expect(estimateWait(b, { queueId: 'q9', ahead: 1, busy: 2 }, NOW).basis).toContain('(whole clinic)');
  });
});

describe('the naive estimate and the range maths', () => {
  it('is people ahead × median consult ÷ practitioners', () => {
    expect(naiveWait(history(280, 9), at(4))).toBeCloseTo(18, 0);
    expect(naiveWait(history(280, 9, { practitioners: null }), at(4))).toBeNull();
  });

  it('approximates Gamma quantiles: the median of one exponential ending is ln 2 of its mean', () => {
    expect(gammaQuantile(1, 10, 0)).toBeCloseTo(10 * Math.LN2, 0);
    expect(gammaQuantile(4, 10, -1)).toBeLessThan(gammaQuantile(4, 10, 1));
  });
});

describe('positions', () => {
  const caller = (id: string, waitedMin: number, extra: Partial<DashboardCaller> = {}): DashboardCaller => ({
    callId: id,
    rootCallId: id,
    teamId: 't',
    queueId: 'q1',
    status: 'waiting',
    callType: 'video',
    name: id,
    joinedAt: new Date(NOW - waitedMin * MIN).toISOString(),
    arrivedAt: new Date(NOW - waitedMin * MIN).toISOString(),
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: EMPTY_TRIAGE,
    ...extra,
  });

  it('counts callers ahead in the same queue in the console order (priority first) and those being seen', () => {
    const p = queuePositions(
      [
        caller('early', 10),
        caller('late-urgent', 1, { triage: { ...EMPTY_TRIAGE, priority: 2 } }),
        caller('other-queue', 20, { queueId: 'q2' }),
        caller('seen', 30, { status: 'being-seen' }),
        caller('held', 30, { status: 'on-hold' }),
        caller('gone', 30, { status: 'left' }),
      ],
      NOW,
      DEFAULT_THRESHOLD_SETTINGS,
    );
    expect(p.get('late-urgent')).toEqual({ queueId: 'q1', ahead: 0, busy: 2 });
    expect(p.get('early')).toEqual({ queueId: 'q1', ahead: 1, busy: 2 });
    expect(p.get('other-queue')).toEqual({ queueId: 'q2', ahead: 0, busy: 0 });
    expect(p.has('seen')).toBe(false);
  });
});
