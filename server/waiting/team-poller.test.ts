import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardCaller } from '@/lib/waiting/types';
import { testCaller } from '@/test/helpers/callers';
import { CoviuError } from '../coviu/errors';
import { type StreamMessage, TeamPoller } from './team-poller';

const caller = testCaller;

function setup(responses: (DashboardCaller[] | Error)[]) {
  const load = vi.fn(async () => {
    const next = responses.length > 1 ? responses.shift()! : responses[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  const poller = new TeamPoller('t', {
    load,
    reload: async (_t, c) => c,
    activeIntervalMs: 5_000,
    idleIntervalMs: 30_000,
  });
  return { poller, load };
}

const flush = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('TeamPoller', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-21T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('polls slowly with nobody watching and fast while anyone watches', async () => {
    const { poller, load } = setup([[caller('a')]]);
    poller.start();
    await flush(0);
    expect(load).toHaveBeenCalledTimes(1);
    await flush(60_000);
    expect(load).toHaveBeenCalledTimes(3); // every 30 s
    const stop = poller.subscribe(() => undefined);
    await flush(5_000);
    const before = load.mock.calls.length;
    await flush(60_000);
    expect(load.mock.calls.length - before).toBe(12); // every 5 s
    stop();
    poller.stop();
  });

  it('makes the same number of upstream reads for one viewer as for a hundred', async () => {
    const counts: number[] = [];
    for (const viewers of [1, 100]) {
      const { poller, load } = setup([[caller('a')]]);
      poller.start();
      const stops = Array.from({ length: viewers }, () => poller.subscribe(() => undefined));
      await flush(60_000);
      counts.push(load.mock.calls.length);
      stops.forEach((s) => s());
      poller.stop();
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('turns polls into ordered change events and can replay them from a sequence number', async () => {
    const { poller } = setup([[caller('a')], [caller('a', 'being-seen'), caller('b')], []]);
    const messages: StreamMessage[] = [];
    poller.subscribe((m) => messages.push(m));
    poller.start();
    await flush(0);
    await flush(5_000);
    await flush(5_000);
    const changes = messages
      .filter((m) => m.type === 'change')
      .map((m) => (m.type === 'change' ? `${m.change.seq}:${m.change.kind}:${m.change.caller.callId}` : ''));
    expect(changes).toEqual(['1:arrived:a', '2:answered:a', '3:arrived:b', '4:removed:a', '5:removed:b']);
    expect(poller.changesSince(poller.epoch, 2)!.map((c) => c.seq)).toEqual([3, 4, 5]);
    expect(poller.changesSince(poller.epoch, 5)).toEqual([]);
    expect(poller.changesSince(poller.epoch, 99)).toBeNull();
    // Numbered by an earlier owner (or an earlier run of this process): not ours to replay.
    expect(poller.changesSince(poller.epoch + 1, 2)).toBeNull();
    poller.stop();
  });

  it('keeps the last good snapshot on errors, says so, and waits as long as Coviu asks', async () => {
    const limited = new CoviuError('rate_limited', { operation: 'getWaitingCalls', status: 429, retryAfterMs: 20_000 });
    const { poller, load } = setup([[caller('a')], limited, [caller('a')]]);
    const statuses: string[] = [];
    poller.subscribe((m) => m.type === 'status' && statuses.push(m.error ?? 'ok'));
    poller.start();
    await flush(0);
    const good = poller.snapshot().fetchedAt;
    await flush(5_000);
    expect(poller.snapshot()).toMatchObject({ fetchedAt: good, error: limited.message });
    expect(poller.snapshot().callers.map((c) => c.callId)).toEqual(['a']);
    await flush(19_000);
    expect(load).toHaveBeenCalledTimes(2);
    await flush(1_000);
    expect(load).toHaveBeenCalledTimes(3);
    expect(poller.snapshot().error).toBeNull();
    expect(statuses).toContain(limited.message);
    poller.stop();
  });

  it('polls at once when watching starts on data older than the watched interval, never calling it stale', async () => {
    for (const watch of ['stream', 'json'] as const) {
      const { poller, load } = setup([[caller('a')]]);
      poller.start();
      await flush(0);
      await flush(20_000); // idle: the next poll is due at 30 s, and the data is 20 s old
      expect(load).toHaveBeenCalledTimes(1);
      if (watch === 'stream') poller.subscribe(() => undefined);
      else poller.touch();
      const opened = poller.snapshot();
      expect(20_000).toBeLessThanOrEqual(2 * opened.intervalMs);
      await flush(0);
      expect(load).toHaveBeenCalledTimes(2);
      expect(poller.snapshot().intervalMs).toBe(5_000);
      poller.stop();
    }
  });

  it('shares one poll between refreshes that arrive together, then polls once more', async () => {
    const { poller, load } = setup([[caller('a')]]);
    await Promise.all([poller.refresh(), poller.refresh(), poller.refresh()]);
    expect(load).toHaveBeenCalledTimes(2);
    poller.stop();
  });
});
