// Issue 11's rendering figures: with 500 callers on the receptionist's console in Chromium, the
// main-thread cost (Chromium's own ScriptDuration + RecalcStyleDuration + LayoutDuration, read
// through CDP's Performance.getMetrics) of one clock tick and of one update arriving over the
// stream: a change to a few callers, and a whole snapshot. Printed for every row rendered (the
// page without virtualisation) and as shipped, in one run. Run alone: `npm run bench -- console-render`;
// `BENCH_CALLERS=99` measures just under the virtualisation threshold (VIRTUALIZE_FROM).
import { cpus, loadavg } from 'node:os';
import { type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, missingPrerequisite, signIn, startStack } from '../scripts/stack.mjs';
import { percentile } from './harness';
import { installStreamProbe, type Probe } from './stream-probe';

const CALLERS = Number(process.env.BENCH_CALLERS ?? 500);
const TICKS = 20;
const CHANGES = 12;
const SNAPSHOTS = 6;
const TARGET = { tick: 4, update: 16 };

/** One measured stretch, ms: Chromium's wall-clock script, style and layout, and the share of the
 * main thread's task time it actually had the CPU (ThreadTime / TaskDuration). On a shared machine
 * wall-clock figures include time spent waiting for a core; scaled by that share they do not. */
type Sample = { script: number; style: number; layout: number; cpuShare: number };
const total = (s: Sample) => s.script + s.style + s.layout;
const onCpu = (s: Sample) => total(s) * s.cpuShare;

async function measureConsole(page: Page, probe: Probe) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    return {
      script: m.ScriptDuration!,
      style: m.RecalcStyleDuration!,
      layout: m.LayoutDuration!,
      task: m.TaskDuration!,
      thread: m.ThreadTime!,
    };
  };
  type Reading = Awaited<ReturnType<typeof read>>;
  const since = (a: Reading, b: Reading): Sample => ({
    script: (b.script - a.script) * 1000,
    style: (b.style - a.style) * 1000,
    layout: (b.layout - a.layout) * 1000,
    cpuShare: Math.min(1, (b.thread - a.thread) / Math.max(1e-9, b.task - a.task)),
  });
  const ticks: Sample[] = [];
  const changes: Sample[] = [];
  const snapshots: Sample[] = [];
  // Each second: just after a tick has been painted, one update and its frame; then the next tick alone.
  let counts = await probe.afterTick();
  let start = await read();
  const quiet: Sample[] = [];
  for (let i = 0; i < Math.max(TICKS, CHANGES + SNAPSHOTS + 2); i++) {
    if (i < CHANGES + SNAPSHOTS) {
      counts = await probe.next();
      const updated = await read();
      (i < CHANGES ? changes : snapshots).push(since(start, updated));
      start = updated;
    }
    const before = counts;
    counts = await probe.afterTick();
    const ticked = await read();
    ticks.push(since(start, ticked));
    // A tick with nothing else in it: no row re-levelled or moved, no status event from the server.
    if (counts.rowChanges === before.rowChanges && counts.statusEvents === before.statusEvents)
      quiet.push(ticks.at(-1)!);
    start = ticked;
  }
  await cdp.detach();
  return { ticks, quiet, changes, snapshots };
}

function line(label: string, samples: Sample[], target: number): string {
  const at = (p: number, f: (s: Sample) => number) => percentile(samples.map(f), p);
  const ms = (n: number) => n.toFixed(1).padStart(5);
  const met = (n: number) => (n <= target ? 'met' : 'MISSED');
  return [
    `${label.padEnd(26)} median ${ms(at(50, total))} ms (script ${at(50, (s) => s.script).toFixed(1)}, style ${at(50, (s) => s.style).toFixed(1)}, layout ${at(50, (s) => s.layout).toFixed(1)}), p95 ${ms(at(95, total))}`,
    `${''.padEnd(26)} on the CPU: median ${ms(at(50, onCpu))} ms, p95 ${ms(at(95, onCpu))}; n=${samples.length}; target ≤ ${target} ms: median ${met(at(50, onCpu))}, p95 ${met(at(95, onCpu))}`,
  ].join('\n');
}

async function main() {
  const missing = missingPrerequisite();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const started = Date.now();
  const stack = await startStack({ log: process.env.BENCH_LOG ? 'inherit' : 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const team = (
      (await stack.control('GET', '/_sandbox/teams')) as {
        teamId: string;
        waitingQueues: { waitingQueueId: string }[];
      }[]
    )[0]!;
    // Waits spread over the last hour (a fixed pattern, the same every run), so levels differ and
    // some caller's level changes every few seconds, as in a busy clinic.
    // Signed in before the arrivals: 500 webhooks keep the app busy for a while.
    const contexts = await Promise.all(
      [0, 1].map(async () => {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        await signIn(context, stack.appUrl, 'reception@example.com');
        return context;
      }),
    );
    // Arrivals reach the app by its poll, not 500 webhooks (each of which would re-read all 500).
    await stack.control('PUT', '/_sandbox/webhooks', { url: null });
    const ids: string[] = [];
    for (let i = 0; i < CALLERS; i += 20) {
      const batch = Array.from({ length: Math.min(20, CALLERS - i) }, (_, j) => i + j);
      ids.push(
        ...(
          await Promise.all(
            batch.map((n) =>
              stack.control('POST', '/_sandbox/calls', {
                teamId: team.teamId,
                waitingQueueId: team.waitingQueues[n % team.waitingQueues.length]!.waitingQueueId,
                details: { name: `Bench Caller ${n}` },
                joinedAt: new Date(Date.now() - ((n * 7_919) % 3_600_000)).toISOString(),
              }),
            ),
          )
        ).map((c) => (c as { callId: string }).callId),
      );
    }
    const arrived = async () => {
      const r = await contexts[0]!.request.get(`${stack.appUrl}/api/teams/${team.teamId}/waiting`, { timeout: 60_000 });
      return ((await r.json()) as { callers: unknown[] }).callers.length;
    };
    while ((await arrived()) < ids.length) await new Promise((r) => setTimeout(r, 500));
    console.log(`${ids.length} callers waiting in one clinic; viewport 1366×768; ${CHROMIUM_PATH}`);
    const results: Record<string, Awaited<ReturnType<typeof measureConsole>>> = {};
    for (const [i, [label, virtualizeFrom]] of [
      ['every row rendered (before)', CALLERS + 1],
      ['as shipped (after)', null],
    ].entries() as IterableIterator<[number, [string, number | null]]>) {
      const context = contexts[i]!;
      const page = await context.newPage();
      const probe = await installStreamProbe(page, virtualizeFrom, { changes: CHANGES, snapshots: SNAPSHOTS });
      await page.goto(`${stack.appUrl}/`, { timeout: 90_000 });
      await page.waitForFunction(
        (n) => Number(document.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount')) > n,
        CALLERS,
        { timeout: 60_000 },
      );
      const rendered = await page.locator('[data-call-id]').count();
      await probe.settle(team.teamId);
      results[label] = await measureConsole(page, probe);
      console.log(`\n## ${label}: ${rendered} of ${CALLERS} rows in the page`);
      console.log(line('clock tick (one second)', results[label].ticks, TARGET.tick));
      console.log(line('  of which quiet ticks', results[label].quiet, TARGET.tick));
      console.log(line('update: 3 callers change', results[label].changes, TARGET.update));
      console.log(line('update: whole snapshot', results[label].snapshots, TARGET.update));
      await context.close();
    }
    console.log(
      `\n(finished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadavg()[0]!.toFixed(1)} over 1 min, ${cpus().length} cores: figures swing with other work)`,
    );
  } finally {
    await browser.close();
    stack.stop();
  }
}

await main();
