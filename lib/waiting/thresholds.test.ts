import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD_SETTINGS, nextLevelChange, type ThresholdSettings, waitLevel } from './thresholds';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';
import { queueStats, sortByUrgency } from './urgency';

const NOW = Date.parse('2026-11-21T10:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;

function caller(
  id: string,
  waitedMs: number,
  extra: Partial<DashboardCaller> = {},
  priority: 0 | 1 | 2 = 0,
): DashboardCaller {
  return {
    callId: id,
    rootCallId: id,
    teamId: 't',
    queueId: 'q1',
    status: 'waiting',
    callType: 'video',
    name: id,
    joinedAt: ago(waitedMs),
    arrivedAt: ago(waitedMs),
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: { ...EMPTY_TRIAGE, priority },
    ...extra,
  };
}

describe('waitLevel at its boundaries (frozen clock)', () => {
  it.each([
    [5 * MIN - 1, 'ok'],
    [5 * MIN, 'warn'],
    [10 * MIN - 1, 'warn'],
    [10 * MIN, 'critical'],
  ] as const)('a normal caller who waited %i ms is %s', (waited, level) => {
    expect(waitLevel(caller('a', waited), NOW, DEFAULT_THRESHOLD_SETTINGS)).toBe(level);
  });

  it('uses tighter limits for higher priority and the queue overrides', () => {
    expect(waitLevel(caller('a', 3 * MIN, {}, 2), NOW, DEFAULT_THRESHOLD_SETTINGS)).toBe('critical');
    const settings: ThresholdSettings = {
      ...DEFAULT_THRESHOLD_SETTINGS,
      queues: { q1: { 0: { warnMinutes: 1, criticalMinutes: 2 } } },
    };
    expect(waitLevel(caller('a', 2 * MIN), NOW, settings)).toBe('critical');
    expect(waitLevel(caller('a', 2 * MIN, { queueId: 'q2' }), NOW, settings)).toBe('ok');
  });

  it('counts hold time from the hold, and nobody being seen is over a limit', () => {
    expect(
      waitLevel(caller('a', 30 * MIN, { status: 'on-hold', onHoldAt: ago(6 * MIN) }), NOW, DEFAULT_THRESHOLD_SETTINGS),
    ).toBe('warn');
    expect(waitLevel(caller('a', 30 * MIN, { status: 'being-seen' }), NOW, DEFAULT_THRESHOLD_SETTINGS)).toBe('ok');
  });
});

describe('sortByUrgency', () => {
  it('puts priority first, then over-threshold, then the longest wait; people being seen after', () => {
    const order = sortByUrgency(
      [
        caller('seen', 60 * MIN, { status: 'being-seen' }),
        caller('short', 1 * MIN),
        caller('long', 8 * MIN),
        caller('urgent-new', 10_000, {}, 2),
        caller('left', 2 * MIN, { status: 'left' }),
        caller('longer', 9 * MIN),
      ],
      NOW,
      DEFAULT_THRESHOLD_SETTINGS,
    ).map((c) => c.callId);
    expect(order).toEqual(['urgent-new', 'longer', 'long', 'short', 'seen', 'left']);
  });
});

describe('queueStats', () => {
  it('counts by status and gives the longest and median wait of those waiting', () => {
    const stats = queueStats(
      [
        caller('a', 2 * MIN),
        caller('b', 4 * MIN),
        caller('c', 9 * MIN),
        caller('d', 1 * MIN, { status: 'being-seen' }),
      ],
      NOW,
    );
    expect(stats).toEqual({
      waiting: 3,
      beingSeen: 1,
      onHold: 0,
      left: 0,
      longestWaitMs: 9 * MIN,
      medianWaitMs: 4 * MIN,
    });
    expect(queueStats([], NOW).medianWaitMs).toBeNull();
    expect(queueStats([caller('a', 2 * MIN), caller('b', 4 * MIN)], NOW).medianWaitMs).toBe(3 * MIN);
  });
});

describe('nextLevelChange', () => {
  it('is the next threshold still ahead, and never for someone not waiting', () => {
    const c = caller('a', 2 * MIN);
    expect(nextLevelChange(c, NOW, DEFAULT_THRESHOLD_SETTINGS)).toBe(NOW + 3 * MIN);
    expect(nextLevelChange(c, NOW + 3 * MIN, DEFAULT_THRESHOLD_SETTINGS)).toBe(NOW + 8 * MIN);
    expect(nextLevelChange(c, NOW + 8 * MIN, DEFAULT_THRESHOLD_SETTINGS)).toBe(Infinity);
    expect(nextLevelChange(caller('b', MIN, { status: 'being-seen' }), NOW, DEFAULT_THRESHOLD_SETTINGS)).toBe(Infinity);
  });
});
