import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildWaitBasis, type WaitBasis } from '@/lib/waiting/wait-basis';
import { testCaller } from '@/test/helpers/callers';
import { type StreamMessage, TeamPoller } from './team-poller';

const basisAt = (now: number): WaitBasis =>
  buildWaitBasis({ teamId: 't', timezone: 'Australia/Sydney', now, hours: [], consults: [], practitioners: 2 });

describe('TeamPoller and the expected-wait basis', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('carries the latest basis in its snapshot and sends each newly read one as an estimate event', async () => {
    // A reader that has a new basis on the first and third polls, and nothing new on the second.
    const reads = [basisAt(1), null, basisAt(2)];
    let latest: WaitBasis | null = null;
    const poller = new TeamPoller('t', {
      load: async () => [testCaller('a')],
      reload: async (_t, c) => c,
      activeIntervalMs: 5_000,
      idleIntervalMs: 5_000,
      waitBasis: {
        latest: () => latest,
        refresh: async (_teamId, send) => {
          const next = reads.shift();
          if (next) send((latest = next));
        },
      },
    });
    const sent: StreamMessage[] = [];
    poller.subscribe((m) => sent.push(m));
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.snapshot().waitBasis?.computedAt).toBe(new Date(1).toISOString());
    await vi.advanceTimersByTimeAsync(10_000);
    const estimates = sent.flatMap((m) => (m.type === 'estimate' ? [m.basis.computedAt] : []));
    expect(estimates).toEqual([new Date(1).toISOString(), new Date(2).toISOString()]);
    expect(poller.snapshot().waitBasis?.computedAt).toBe(new Date(2).toISOString());
    poller.stop();
  });
});
