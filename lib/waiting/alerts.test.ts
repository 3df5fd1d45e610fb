import { describe, expect, it } from 'vitest';
import { alertEvents, alertNotice, alertText } from './alerts';
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

  it('announces a claim that ran out on this page once, with whose it was', () => {
    const triage = {
      ...EMPTY_TRIAGE,
      claimedBy: { id: 'u', name: 'Sam Rivers' },
      claimedUntil: iso(NOW - 1),
    };
    const c = caller('e', NOW - MIN, { arrivedAt: iso(NOW - 20 * MIN), triage });
    const events = alertEvents([c], NOW, DEFAULT_THRESHOLD_SETTINGS, options).filter((e) => e.kind === 'claim-lapsed');
    expect(events).toEqual([expect.objectContaining({ key: `claim-lapsed:e:${iso(NOW - 1)}`, was: 'Sam Rivers' })]);
    // Still running one millisecond before its end: nothing to say.
    expect(kinds(c, NOW - 2)).not.toContain(`claim-lapsed:e:${iso(NOW - 1)}`);
  });

  it('gives a lapse the server reports (gone from a snapshot, no release) the same key, and skips old ones', () => {
    const at = iso(NOW - MIN);
    const lapsed = { ...EMPTY_TRIAGE, lapsedClaim: { by: { id: 'u', name: 'Sam Rivers' }, at } };
    const c = caller('f', NOW - MIN, { arrivedAt: iso(NOW - 20 * MIN), triage: lapsed });
    expect(kinds(c)).toContain(`claim-lapsed:f:${at}`);
    const before = { ...EMPTY_TRIAGE, lapsedClaim: { by: { id: 'u', name: 'Sam Rivers' }, at: iso(NOW - 11 * MIN) } };
    expect(kinds({ ...c, triage: before })).toEqual([]);
    // Nobody needs telling about a claim on a caller who has gone.
    expect(kinds({ ...c, status: 'left' })).toEqual([]);
  });
});

describe('alertText', () => {
  const event = (kind: Parameters<typeof alertText>[0]['kind'], extra: Partial<DashboardCaller> = {}) => ({
    key: 'k',
    kind,
    caller: caller('g', NOW, { name: 'Jane Smith', ...extra }),
    was: 'Sam Rivers',
  });

  it('names the caller in every alert, and only initials while names are hidden', () => {
    expect(alertText(event('new-caller'), false, 'General')).toBe('New caller: Jane Smith in General');
    expect(alertText(event('new-caller'), true, 'General')).toBe('New caller: J. S. in General');
    expect(alertText(event('long-wait'), true, 'General')).toBe('Long wait: J. S. in General');
    expect(alertText(event('over-limit'), false, 'General')).toBe('Over the wait limit: Jane Smith in General');
    expect(alertText(event('claim-lapsed'), true, 'General')).toBe('Claim on J. S. lapsed (was Sam R.)');
    expect(alertText(event('claim-lapsed', { name: null }), false, 'General')).toBe(
      'Claim on Unnamed caller lapsed (was Sam R.)',
    );
  });

  it('says who the caller was admitted to when nobody joined', () => {
    const admission = {
      mode: 'route' as const,
      practitioner: { id: 'p', name: 'Dr Pat Practitioner' },
      admittedAt: iso(NOW),
      admittedBy: 'u',
      hostUrl: null,
      guestUrl: null,
      joinedAt: null,
    };
    expect(alertText(event('not-joined', { triage: { ...EMPTY_TRIAGE, admission } }), true, 'General')).toBe(
      'J. S. admitted to Dr Pat Practitioner, not joined yet (General)',
    );
  });

  it('keeps patients off desktop notifications, which others can see', () => {
    expect(alertNotice(event('claim-lapsed'), 'General')).toBe('A claim lapsed: General');
    expect(alertNotice(event('new-caller'), 'General')).not.toMatch(/Jane|J\. S\./);
  });
});
