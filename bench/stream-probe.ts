// What the console benchmark puts into the page before the app loads. It keeps a handle on the
// page's EventSources (so updates can be played into the app's own stream handlers exactly as if
// the server had sent them: same events, same JSON, same code path from JSON.parse to paint) and
// notes each run of the page's one-second clock (so a measurement can start just after a tick).
// It changes nothing in the app; the only app-side hook is the virtualisation threshold, read from
// localStorage (`waitboard:bench:virtualize-from`, see components/waiting/caller-table-body.tsx).
import type { Page } from '@playwright/test';
import type { DashboardCaller, WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';

declare global {
  interface Window {
    __bench: {
      sources: EventSource[];
      snapshots: Record<string, string>;
      lastEventAt: number;
      tickWaiters: (() => void)[];
      /** Rows re-ordered or re-levelled, and server status events, so far (to explain slow ticks). */
      rowChanges: number;
      statusEvents: number;
      queue: { source: string; events: { type: string; data: string }[] }[];
    };
  }
}

function pageSide(virtualizeFrom: number | null) {
  if (virtualizeFrom) localStorage.setItem('waitboard:bench:virtualize-from', String(virtualizeFrom));
  else localStorage.removeItem('waitboard:bench:virtualize-from');
  const bench: Window['__bench'] = {
    sources: [],
    snapshots: {},
    lastEventAt: 0,
    tickWaiters: [],
    queue: [],
    rowChanges: 0,
    statusEvents: 0,
  };
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => {
      for (const r of records)
        if (r.type === 'attributes' || [...r.addedNodes].some((n) => n.nodeName === 'TR')) bench.rowChanges++;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-level'] }),
  );
  window.__bench = bench;
  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      bench.sources.push(this);
      this.addEventListener('snapshot', (e) => {
        bench.snapshots[this.url] = (e as MessageEvent<string>).data;
        bench.lastEventAt = performance.now();
      });
      this.addEventListener('change', () => (bench.lastEventAt = performance.now()));
      this.addEventListener('status', () => bench.statusEvents++);
    }
  };
  const nativeSetInterval = window.setInterval.bind(window);
  window.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    if (ms !== 1000 || typeof fn !== 'function') return nativeSetInterval(fn, ms, ...rest);
    return nativeSetInterval(() => {
      (fn as (...a: unknown[]) => void)(...rest);
      bench.tickWaiters.splice(0).forEach((resolve) => resolve());
    }, ms);
  }) as typeof window.setInterval;
}

export interface Probe {
  /** Waits until the team's stream has been quiet for 2 s, then builds the updates to play. */
  settle(teamId: string): Promise<void>;
  /** Resolves once the next clock tick has run and its frame has been painted; counts so far. */
  afterTick(): Promise<{ rowChanges: number; statusEvents: number }>;
  /** Plays the next prepared update into the stream handlers and waits for its frame; counts so far. */
  next(): Promise<{ rowChanges: number; statusEvents: number }>;
}

/** Three callers change in three ways: one is claimed, one put on hold, one given priority. */
function changesFor(callers: DashboardCaller[], i: number, seq: number, now: number): WaitingChange[] {
  const pick = (k: number) => callers[(i * 37 + k * 167) % callers.length]!;
  const at = new Date(now).toISOString();
  const a = pick(0);
  const b = pick(1);
  const c = pick(2);
  return [
    {
      seq: seq + 1,
      kind: 'triage',
      caller: {
        ...a,
        triage: {
          ...a.triage,
          claimedBy: { id: 'bench', name: 'Sam Bench' },
          claimedUntil: new Date(now + 300_000).toISOString(),
        },
      },
    },
    { seq: seq + 2, kind: 'on-hold', caller: { ...b, status: 'on-hold', onHoldAt: at } },
    { seq: seq + 3, kind: 'triage', caller: { ...c, triage: { ...c.triage, priority: 1 } } },
  ];
}

export async function installStreamProbe(
  page: Page,
  virtualizeFrom: number | null,
  plan: { changes: number; snapshots: number },
): Promise<Probe> {
  await page.addInitScript(pageSide, virtualizeFrom);
  return {
    async settle(teamId) {
      const stream = `/api/teams/${teamId}/waiting/stream`;
      await page.waitForFunction(
        (url) =>
          Object.keys(window.__bench.snapshots).some((u) => u.endsWith(url)) &&
          performance.now() - window.__bench.lastEventAt > 2_000,
        stream,
        { timeout: 60_000, polling: 250 },
      );
      const raw = await page.evaluate(
        (url) => Object.entries(window.__bench.snapshots).find(([u]) => u.endsWith(url))![1],
        stream,
      );
      const snapshot = JSON.parse(raw) as WaitingSnapshot;
      const source = snapshot.teamId;
      const queue: Window['__bench']['queue'] = [];
      let callers = snapshot.callers;
      let seq = snapshot.seq + 1_000;
      const now = Date.parse(snapshot.serverTime);
      for (let i = 0; i < plan.changes; i++) {
        const changes = changesFor(callers, i, seq, now);
        seq += changes.length;
        const changed = new Map(changes.map((c) => [c.caller.callId, c.caller]));
        callers = callers.map((c) => changed.get(c.callId) ?? c);
        queue.push({ source, events: changes.map((c) => ({ type: 'change', data: JSON.stringify(c) })) });
      }
      for (let i = 0; i < plan.snapshots; i++) {
        // A snapshot as the server sends one on reconnecting: every caller a new object.
        const data = JSON.stringify({ ...snapshot, seq: ++seq, serverTime: new Date().toISOString(), callers });
        queue.push({ source, events: [{ type: 'snapshot', data }] });
      }
      await page.evaluate((q) => (window.__bench.queue = q), queue);
    },
    // Two frames: the first runs the work the tick or update scheduled, the second follows its paint.
    afterTick: () =>
      page.evaluate(
        () =>
          new Promise<{ rowChanges: number; statusEvents: number }>((resolve) =>
            window.__bench.tickWaiters.push(() =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  resolve({ rowChanges: window.__bench.rowChanges, statusEvents: window.__bench.statusEvents }),
                ),
              ),
            ),
          ),
      ),
    next: () =>
      page.evaluate(async () => {
        const item = window.__bench.queue.shift()!;
        const source = window.__bench.sources.find((s) => s.url.includes(`/teams/${item.source}/`))!;
        for (const e of item.events) source.dispatchEvent(new MessageEvent(e.type, { data: e.data }));
        await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
        return { rowChanges: window.__bench.rowChanges, statusEvents: window.__bench.statusEvents };
      }),
  };
}
