import { describe, expect, it } from 'vitest';
import type { DashboardCaller } from '@/lib/waiting/types';
import { testCaller } from '@/test/helpers/callers';
import { waitingEventStream } from './sse';
import { TeamPoller } from './team-poller';

const caller = testCaller;

function poller(load: () => DashboardCaller[]) {
  return new TeamPoller('t', {
    load: async () => load(),
    reload: async (_t, c) => c,
    activeIntervalMs: 60_000,
    idleIntervalMs: 60_000,
    epoch: 7,
  });
}

async function readText(stream: ReadableStream<Uint8Array>, until: (text: string) => boolean): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value);
    if (until(text)) {
      await reader.cancel();
      return text;
    }
  }
}

describe('waitingEventStream', () => {
  it('sends a snapshot, then only the changes missed when resuming with Last-Event-ID', async () => {
    let callers = [caller('a')];
    const p = poller(() => callers);
    await p.refresh();
    callers = [caller('a'), caller('b')];
    await p.refresh();
    const fresh = await readText(
      waitingEventStream(p, {
        kind: 'dashboard',
        lastEventId: null,
        signal: new AbortController().signal,
        stillSignedIn: async () => true,
      }),
      (t) => t.includes('event: snapshot'),
    );
    expect(fresh).toMatch(/id: 7\.2\nevent: snapshot/);
    const resumed = await readText(
      waitingEventStream(p, {
        kind: 'dashboard',
        lastEventId: '7.1',
        signal: new AbortController().signal,
        stillSignedIn: async () => true,
      }),
      (t) => t.includes('"callId":"b"'),
    );
    expect(resumed).toMatch(/id: 7\.2\nevent: change/);
    expect(resumed).not.toContain('event: snapshot');
    // An id from another owner or an earlier run (epoch 6), or an old bare number: a fresh snapshot.
    for (const lastEventId of ['6.1', '1'])
      expect(
        await readText(
          waitingEventStream(p, {
            kind: 'dashboard',
            lastEventId,
            signal: new AbortController().signal,
            stillSignedIn: async () => true,
          }),
          (t) => t.includes('event: snapshot') || t.includes('event: change'),
        ),
      ).toMatch(/id: 7\.2\nevent: snapshot/);
    p.stop();
  });

  it('ends the stream when the session is no longer valid', async () => {
    const p = poller(() => []);
    const text = await readText(
      waitingEventStream(p, {
        kind: 'dashboard',
        lastEventId: null,
        signal: new AbortController().signal,
        stillSignedIn: async () => false,
        heartbeatMs: 20,
      }),
      () => false,
    );
    expect(text).toContain('event: end\ndata: {"reason":"signed-out"}');
    expect(p.watchers).toBe(0);
    p.stop();
  });

  it('drops a client that stops reading instead of queueing without bound', async () => {
    let n = 0;
    const p = poller(() => Array.from({ length: 20 }, () => caller(`c${n++}`)));
    const stream = waitingEventStream(p, {
      kind: 'dashboard',
      lastEventId: null,
      signal: new AbortController().signal,
      stillSignedIn: async () => true,
    });
    expect(p.watchers).toBe(1);
    // Nobody reads: every poll adds 40 changes (20 new, 20 removed) until the backlog limit.
    for (let i = 0; i < 20 && p.watchers > 0; i++) await p.refresh();
    expect(p.watchers).toBe(0);
    const text = await readText(stream, () => false);
    expect(text.length).toBeGreaterThan(0);
    p.stop();
  });
});
