import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildWaitBasis, type WaitBasis } from '@/lib/waiting/wait-basis';
import { testCaller } from '@/test/helpers/callers';
import { type StreamMessage, TeamPoller } from './team-poller';

const basisAt = (now: number): WaitBasis =>
  buildWaitBasis({ teamId: 't', timezone: 'Australia/Sydney', now, hours: [], consults: [], practitioners: 2 });

describe('TeamPoller and the expected-wait basis', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('carries the basis in its snapshot and sends it as an estimate event only when it changes', async () => {
    const bases = [basisAt(1), basisAt(1), basisAt(2)];
    const poller = new TeamPoller('t', {
      load: async () => [testCaller('a')],
      reload: async (_t, c) => c,
      activeIntervalMs: 5_000,
      idleIntervalMs: 5_000,
      waitBasis: async () => bases.shift() ?? null,
    });
    const sent: StreamMessage[] = [];
    poller.subscribe((m) => sent.push(m));
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.snapshot().waitBasis?.computedAt).toBe(new Date(1).toISOString());
    await vi.advanceTimersByTimeAsync(10_000);
    const estimates = sent.filter((m) => m.type === 'estimate');
    expect(estimates.map((m) => m.type === 'estimate' && m.basis.computedAt)).toEqual([
      new Date(1).toISOString(),
      new Date(2).toISOString(),
    ]);
    // No basis this poll (none read yet, or a failed read): the last one stays.
    expect(poller.snapshot().waitBasis?.computedAt).toBe(new Date(2).toISOString());
    poller.stop();
  });
});
