import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD_SETTINGS, waitLevel } from './thresholds';
import { mergeTeamThresholds } from './team-thresholds';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';
import type { DashboardSettings } from '../settings/schema';

const caller = (teamId: string, queueId: string, waitedMin: number, now: number): DashboardCaller => ({
  callId: `${teamId}-${queueId}`,
  rootCallId: 'r',
  teamId,
  queueId,
  status: 'waiting',
  callType: 'video',
  name: 'X',
  joinedAt: new Date(now - waitedMin * 60_000).toISOString(),
  arrivedAt: new Date(now - waitedMin * 60_000).toISOString(),
  answeredAt: null,
  onHoldAt: null,
  endedAt: null,
  triage: EMPTY_TRIAGE,
});

const settings = (
  warn: number,
  critical: number,
  queues: DashboardSettings['thresholds']['queues'] = {},
): DashboardSettings => ({
  thresholds: {
    defaults: {
      0: { warnMinutes: warn, criticalMinutes: critical },
      1: { warnMinutes: 1, criticalMinutes: 2 },
      2: { warnMinutes: 1, criticalMinutes: 2 },
    },
    queues,
  },
  admissionMode: 'route',
  admitJoinLimitMinutes: 3,
  alertSound: true,
  answerTargetMinutes: 5,
});

describe('thresholds across clinics', () => {
  it('reads each caller against their own clinic, and a queue override against its clinic', () => {
    const now = Date.now();
    const teams = [
      { id: 'a', queues: [{ id: 'qa' }, { id: 'qa2' }] },
      { id: 'b', queues: [{ id: 'qb' }] },
    ];
    const map = new Map([
      ['a', settings(2, 4, { qa2: { 0: { warnMinutes: 10, criticalMinutes: 20 } } })],
      ['b', settings(8, 12)],
    ]);
    const callers = [caller('a', 'qa', 3, now), caller('a', 'qa2', 3, now), caller('b', 'qb', 3, now)];
    const merged = mergeTeamThresholds(teams, map, callers, DEFAULT_THRESHOLD_SETTINGS);
    expect(callers.map((c) => waitLevel(c, now, merged))).toEqual(['warn', 'ok', 'ok']);
    expect(waitLevel(caller('b', 'qb', 9, now), now, merged)).toBe('warn');
  });

  it('falls back to the defaults for a clinic whose settings have not arrived yet', () => {
    const now = Date.now();
    const merged = mergeTeamThresholds(
      [{ id: 'a', queues: [{ id: 'qa' }] }],
      new Map([['a', null]]),
      [],
      DEFAULT_THRESHOLD_SETTINGS,
    );
    expect(waitLevel(caller('a', 'qa', 6, now), now, merged)).toBe('warn');
  });
});
