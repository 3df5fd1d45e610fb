import { describe, expect, it } from 'vitest';
import { GONE_SHOWN_MS, nextDropAt, recentCallers } from './gone-callers';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';

const at = Date.parse('2026-12-01T09:00:00Z');
const caller = (callId: string, endedAt: number | null): DashboardCaller => ({
  callId,
  rootCallId: callId,
  teamId: 't',
  queueId: 'q',
  status: endedAt === null ? 'waiting' : 'left',
  callType: 'video',
  name: null,
  joinedAt: new Date(at - 600_000).toISOString(),
  arrivedAt: new Date(at - 600_000).toISOString(),
  answeredAt: null,
  onHoldAt: null,
  endedAt: endedAt === null ? null : new Date(endedAt).toISOString(),
  triage: EMPTY_TRIAGE,
});

describe('gone callers', () => {
  const list = [caller('waiting', null), caller('just-left', at - 10_000), caller('long-gone', at - GONE_SHOWN_MS - 1)];

  it('keeps waiting callers and the recently gone, drops those gone over two minutes', () => {
    expect(recentCallers(list, at).map((c) => c.callId)).toEqual(['waiting', 'just-left']);
  });

  it('returns the same array when nobody drops, so memoised rows do not re-render', () => {
    const kept = list.slice(0, 2);
    expect(recentCallers(kept, at)).toBe(kept);
  });

  it('knows when the next one drops, and that a waiting caller never does', () => {
    expect(nextDropAt(list, at)).toBe(at - 10_000 + GONE_SHOWN_MS);
    expect(nextDropAt([caller('waiting', null)], at)).toBe(Infinity);
  });
});
