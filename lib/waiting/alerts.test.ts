import { describe, expect, it } from 'vitest';
import { alertEvents } from './alerts';
import { DEFAULT_THRESHOLD_SETTINGS } from './thresholds';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

function caller(id: string, joined: number, extra: Partial<DashboardCaller> = {}): DashboardCaller {
  return {
    callId: id,
    rootCallId: id,
    teamId: 't',
    queueId: 'q',
    status: 'waiting',
    callType: 'video',
    name: null,
    joinedAt: iso(joined),
    arrivedAt: iso(joined),
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: EMPTY_TRIAGE,
    ...extra,
  };
}

const options = { openedAt: NOW - 10 * MIN, notJoinedAfterMs: 3 * MIN };
const kinds = (c: DashboardCaller, now = NOW) =>
  alertEvents([c], now, DEFAULT_THRESHOLD_SETTINGS, options).map((e) => e.key);

describe('alertEvents', () => {
  it('announces arrivals after the page opened, not those already waiting', () => {
    expect(kinds(caller('a', NOW - MIN))).toEqual(['new:a']);
    expect(kinds(caller('b', NOW - 11 * MIN))).toEqual(['critical:b']);
  });

  it('raises a crossing once per level, keyed so the same crossing always has the same key', () => {
    const c = caller('c', NOW - 20 * MIN, { arrivedAt: iso(NOW - 20 * MIN) });
    expect(kinds(c, NOW - 20 * MIN + 5 * MIN)).toEqual(['warn:c']);
    expect(kinds(c, NOW - 20 * MIN + 6 * MIN)).toEqual(['warn:c']);
    expect(kinds(c, NOW - 20 * MIN + 10 * MIN)).toEqual(['critical:c']);
  });

  it('escalates a route admission nobody has joined after the limit', () => {
    const admission = {
      mode: 'route' as const,
      practitioner: { id: 'p', name: 'Dr P' },
      admittedAt: iso(NOW - 3 * MIN),
      admittedBy: 'u',
      hostUrl: null,
      guestUrl: null,
      joinedAt: null,
    };
    const c = caller('d', NOW - 4 * MIN, { arrivedAt: iso(NOW - 20 * MIN), triage: { ...EMPTY_TRIAGE, admission } });
    expect(kinds(c)).toEqual([`not-joined:d:${admission.admittedAt}`]);
    expect(kinds({ ...c, status: 'being-seen' })).toEqual([]);
  });
});
