import { describe, expect, it } from 'vitest';
import { type ConsoleFilters, filtersActive, matchesFilters, NO_FILTERS, sanitiseFilters } from './console-filters';
import { longestWaiting } from './longest-waiting';
import type { WaitLevel } from './thresholds';
import { EMPTY_TRIAGE, type DashboardCaller, type Triage } from './types';

const T0 = Date.parse('2026-12-01T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const ME = 'me';
const person = (id: string) => ({ id, name: id });

function caller(id: string, extra: Partial<DashboardCaller> = {}, triage: Partial<Triage> = {}): DashboardCaller {
  return {
    callId: id,
    rootCallId: id,
    teamId: 'team-a',
    queueId: 'q1',
    status: 'waiting',
    callType: 'video',
    name: null,
    joinedAt: iso(T0),
    arrivedAt: iso(T0),
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: { ...EMPTY_TRIAGE, ...triage },
    ...extra,
  };
}

// Admissions name roster entries; an entry is mine through the staff account linked to it.
const rosterEntry = (userId: string) => ({ ...person(`roster-${userId}`), userId });
const admission = (userId: string) => ({
  mode: 'route' as const,
  practitioner: rosterEntry(userId),
  admittedAt: iso(T0),
  admittedBy: 'x',
  hostUrl: null,
  guestUrl: null,
  joinedAt: null,
});

const levels: Record<string, WaitLevel> = { late: 'critical', soon: 'warn' };
const levelOf = (c: DashboardCaller) => levels[c.callId] ?? 'ok';
const shown = (callers: DashboardCaller[], f: Partial<ConsoleFilters>) =>
  callers.filter((c) => matchesFilters(c, { ...NO_FILTERS, ...f }, ME, levelOf)).map((c) => c.callId);

describe('matchesFilters', () => {
  const free = caller('free');
  const claimedByMe = caller('claimedByMe', {}, { claimedBy: person(ME) });
  const claimedByOther = caller('claimedByOther', {}, { claimedBy: person('other') });
  const admittedToMe = caller('admittedToMe', {}, { admission: admission(ME) });
  const admittedToOther = caller('admittedToOther', {}, { admission: admission('other') });
  const reassignedToMe = caller('reassignedToMe', {}, { reassignedPractitioner: rosterEntry(ME) });
  const all = [free, claimedByMe, claimedByOther, admittedToMe, admittedToOther, reassignedToMe];

  it('shows everyone with no filter', () => {
    expect(shown(all, {})).toHaveLength(all.length);
  });

  it('"unclaimed" keeps only callers nobody has claimed or been admitted to', () => {
    expect(shown(all, { claim: 'unclaimed' })).toEqual(['free', 'reassignedToMe']);
  });

  it('"mine" keeps callers claimed by me, admitted to me or reassigned to me', () => {
    expect(shown(all, { claim: 'mine' })).toEqual(['claimedByMe', 'admittedToMe', 'reassignedToMe']);
  });

  it('level "warn" means warning or worse; "critical" and "ok" are exact', () => {
    const list = [caller('late'), caller('soon'), caller('fine')];
    expect(shown(list, { level: 'warn' })).toEqual(['late', 'soon']);
    expect(shown(list, { level: 'critical' })).toEqual(['late']);
    expect(shown(list, { level: 'ok' })).toEqual(['fine']);
  });

  it('team and queue: a reassigned caller counts in the queue we moved them to', () => {
    const list = [
      caller('here'),
      caller('elsewhere', { teamId: 'team-b', queueId: 'q9' }),
      caller('moved', {}, { reassignedQueueId: 'q2' }),
    ];
    expect(shown(list, { teamId: 'team-a' })).toEqual(['here', 'moved']);
    expect(shown(list, { queueId: 'q2' })).toEqual(['moved']);
    expect(shown(list, { queueId: 'q1' })).toEqual(['here']);
  });
});

describe('filtersActive and sanitiseFilters', () => {
  const teams = [{ id: 'team-a', queues: [{ id: 'q1' }] }];

  it('knows when something filters', () => {
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(filtersActive({ ...NO_FILTERS, level: 'critical' })).toBe(true);
  });

  it('drops a saved team or queue the person no longer has', () => {
    expect(sanitiseFilters({ ...NO_FILTERS, teamId: 'gone', queueId: 'q1' }, teams)).toEqual({
      ...NO_FILTERS,
      queueId: 'q1',
    });
    expect(sanitiseFilters({ ...NO_FILTERS, teamId: 'team-a', queueId: 'q-gone' }, teams)).toEqual({
      ...NO_FILTERS,
      teamId: 'team-a',
    });
  });
});

describe('longestWaiting', () => {
  it('picks who arrived first among those still waiting or on hold, not the most urgent', () => {
    const list = [
      caller('urgent', { arrivedAt: iso(T0 + 60_000) }, { priority: 2 }),
      caller('longest', { status: 'on-hold', arrivedAt: iso(T0) }),
      caller('seen', { status: 'being-seen', arrivedAt: iso(T0 - 60_000) }),
      caller('gone', { status: 'left', arrivedAt: iso(T0 - 120_000) }),
    ];
    expect(longestWaiting(list)?.callId).toBe('longest');
  });

  it('is null when nobody is waiting', () => {
    expect(longestWaiting([caller('seen', { status: 'being-seen' })])).toBeNull();
  });
});
