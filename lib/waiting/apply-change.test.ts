import { describe, expect, it } from 'vitest';
import { applyChange } from './apply-change';
import { EMPTY_TRIAGE, type DashboardCaller, type WaitingSnapshot } from './types';

function caller(id: string, extra: Partial<DashboardCaller> = {}): DashboardCaller {
  const at = '2026-11-21T10:00:00.000Z';
  return {
    callId: id,
    rootCallId: id,
    teamId: 't',
    queueId: 'q',
    status: 'waiting',
    callType: 'video',
    name: null,
    joinedAt: at,
    arrivedAt: at,
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: EMPTY_TRIAGE,
    ...extra,
  };
}

const snapshot = (callers: DashboardCaller[]): WaitingSnapshot => ({
  teamId: 't',
  fetchedAt: null,
  serverTime: '2026-11-21T10:00:00.000Z',
  intervalMs: 5_000,
  error: null,
  seq: 10,
  settings: null,
  callers,
});

describe('applyChange', () => {
  const before = snapshot([caller('a'), caller('b'), caller('c')]);

  it('replaces a changed caller in place, so every other caller keeps its position and object', () => {
    const held = caller('a', { status: 'on-hold', onHoldAt: '2026-11-21T10:05:00.000Z' });
    const after = applyChange(before, { seq: 11, kind: 'on-hold', caller: held })!;
    expect(after.callers.map((c) => c.callId)).toEqual(['a', 'b', 'c']);
    expect(after.callers[0]).toBe(held);
    expect(after.callers[1]).toBe(before.callers[1]);
    expect(after.callers[2]).toBe(before.callers[2]);
    expect(after.seq).toBe(11);
  });

  it('adds a new caller at the end and drops a removed one', () => {
    const added = applyChange(before, { seq: 11, kind: 'arrived', caller: caller('d') })!;
    expect(added.callers.map((c) => c.callId)).toEqual(['a', 'b', 'c', 'd']);
    const removed = applyChange(added, { seq: 12, kind: 'removed', caller: caller('b') })!;
    expect(removed.callers.map((c) => c.callId)).toEqual(['a', 'c', 'd']);
    expect(removed.callers[1]).toBe(before.callers[2]);
  });

  it('ignores stale or repeated changes', () => {
    expect(applyChange(before, { seq: 10, kind: 'arrived', caller: caller('d') })).toBe(before);
    expect(applyChange(undefined, { seq: 11, kind: 'arrived', caller: caller('d') })).toBeUndefined();
  });
});
