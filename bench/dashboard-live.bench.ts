// Issue 4's figures, measured in one run against the built app and the sandbox:
//   upstream reads per minute with 1, 25 and 100 stream viewers, against per-viewer polling;
//   the app's memory idle and with 100 viewers; freshness by polling alone and with webhooks;
//   in Chromium, the cost of a clock tick and of a snapshot update with 500 callers on screen.
import { chromium } from '@playwright/test';
import { openStream, percentile, signIn, sleep, startStack, treeRssMb } from './harness';

const POLL_MS = 5_000;
const WINDOW_MS = 30_000;
const stack = await startStack(3310, 4310, { POLL_ACTIVE_MS: String(POLL_MS) });
const cookie = await signIn(stack.appUrl, 'admin@example.com');
const control = async (method: string, path: string, body?: unknown) =>
  (
    await fetch(`${stack.sandboxUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).json() as Promise<Record<string, never>>;
const teams = (await control('GET', '/_sandbox/teams')) as unknown as {
  teamId: string;
  waitingQueues: { waitingQueueId: string }[];
}[];
const team = teams[0]!;
const queue = team.waitingQueues[0]!.waitingQueueId;
const waitingPath = `/v1/waiting/${team.teamId}`;

try {
  console.log(
    `## Upstream waiting-area reads for one team (poll every ${POLL_MS / 1000} s, ${WINDOW_MS / 1000} s window)`,
  );
  const perMinute: Record<number, number> = {};
  // The embedded database's first open peaks high and then settles: wait for a steady figure.
  let idleRss = treeRssMb(stack.app.pid!);
  for (let i = 0; i < 30; i++) {
    await sleep(2_000);
    const next = treeRssMb(stack.app.pid!);
    const steady = Math.abs(next - idleRss) < 5;
    idleRss = next;
    if (steady) break;
  }
  const rssAt: Record<number, number> = {};
  for (const viewers of [1, 25, 100]) {
    const streams = Array.from({ length: viewers }, () =>
      openStream(stack.appUrl, team.teamId, cookie, () => undefined),
    );
    await sleep(3_000);
    await control('POST', '/_sandbox/stats/reset');
    await sleep(WINDOW_MS);
    const stats = (await control('GET', '/_sandbox/stats')) as unknown as { waitingPaths: Record<string, number> };
    perMinute[viewers] = ((stats.waitingPaths[waitingPath] ?? 0) * 60_000) / WINDOW_MS;
    const naive = (viewers * 60_000) / POLL_MS;
    console.log(
      `${String(viewers).padStart(3)} viewers: ${perMinute[viewers]!.toFixed(0)} reads/min; per-viewer polling would send ${naive}/min (${(naive / perMinute[viewers]!).toFixed(1)}x more)`,
    );
    streams.forEach((s) => s.close());
  }
  console.log(
    `100 viewers / 1 viewer: ${(perMinute[100]! / perMinute[1]!).toFixed(3)} (target within 5%: ${Math.abs(perMinute[100]! / perMinute[1]! - 1) <= 0.05 ? 'met' : 'MISSED'})`,
  );
  console.log(`\n## Memory (app process tree, resident)`);
  // Measured after the upstream runs, once the embedded database's start-up peak has gone.
  for (const viewers of [1, 100]) {
    const streams = Array.from({ length: viewers }, () =>
      openStream(stack.appUrl, team.teamId, cookie, () => undefined),
    );
    await sleep(20_000);
    rssAt[viewers] = treeRssMb(stack.app.pid!);
    streams.forEach((s) => s.close());
    await sleep(3_000);
  }
  const extra = rssAt[100]! - rssAt[1]!;
  console.log(
    `just after start ${idleRss.toFixed(0)} MB (the embedded database's first-open peak); later with 1 viewer ${rssAt[1]!.toFixed(0)} MB, with 100 viewers ${rssAt[100]!.toFixed(0)} MB`,
  );
  console.log(
    `100 viewers use ${extra.toFixed(1)} MB more than 1 (target under 50 MB more: ${extra < 50 ? 'met' : 'MISSED'})`,
  );

  console.log(`\n## Freshness: a caller added through the sandbox until its event reaches a stream client`);
  const arrivals = new Map<string, number>();
  const client = openStream(stack.appUrl, team.teamId, cookie, (event, data) => {
    if (event === 'change') {
      const id = (data as { caller: { callId: string } }).caller.callId;
      if (!arrivals.has(id)) arrivals.set(id, performance.now());
    }
  });
  await sleep(2_000);
  for (const mode of ['polling alone', 'with webhooks'] as const) {
    await control(
      'PUT',
      '/_sandbox/webhooks',
      mode === 'polling alone'
        ? { url: null }
        : {
            url: `${stack.appUrl}/api/webhooks/coviu`,
            auth: { type: 'bearer', token: 'bench-webhook-token-0123456789' },
          },
    );
    const latencies: number[] = [];
    for (let i = 0; i < 12; i++) {
      await sleep(Math.random() * POLL_MS);
      const started = performance.now();
      const call = (await control('POST', '/_sandbox/calls', {
        teamId: team.teamId,
        waitingQueueId: queue,
        details: { name: 'Bench' },
      })) as unknown as { callId: string };
      while (!arrivals.has(call.callId) && performance.now() - started < 3 * POLL_MS) await sleep(10);
      latencies.push((arrivals.get(call.callId) ?? Number.NaN) - started);
    }
    const target = mode === 'polling alone' ? POLL_MS + 300 : 300;
    const p95 = percentile(latencies, 95);
    console.log(
      `${mode}: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target p95 under ${target} ms: ${p95 < target ? 'met' : 'MISSED'})`,
    );
  }
  client.close();

  console.log(`\n## Rendering in Chromium with 500 callers on screen`);
  for (let i = 0; i < 500; i++) {
    await control('POST', '/_sandbox/calls', {
      teamId: team.teamId,
      waitingQueueId: team.waitingQueues[i % team.waitingQueues.length]!.waitingQueueId,
      details: { name: `Caller ${i}` },
      joinedAt: new Date(Date.now() - (i % 40) * 30_000).toISOString(),
    });
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: stack.appUrl }]);
  const page = await context.newPage();
  await page.goto(`${stack.appUrl}/`);
  await page.getByLabel('Team').selectOption(team.teamId);
  await page.waitForFunction(
    () => Number(document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')) > 500,
    null,
    { timeout: 60_000 },
  );
  const total = Number(await page.locator('table[aria-rowcount]').getAttribute('aria-rowcount')) - 1;
  const rows = `${total} callers (${await page.locator('tbody tr[data-call-id]').count()} rows rendered)`;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const taskSeconds = async () => (await metrics()).TaskDuration!;
  // Let the 500 arrivals' webhooks and polls settle before measuring a quiet tick.
  await sleep(15_000);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const m0 = await metrics();
  await sleep(10_000);
  const m1 = await metrics();
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(
    profile.nodes.map((n) => [
      n.id,
      n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop() || 'native'})`,
    ]),
  );
  const byName = new Map<string, number>();
  let sampledScriptMs = 0;
  let gcMs = 0;
  profile.samples!.forEach((id, i) => {
    const name = nodes.get(id);
    const ms = (profile.timeDeltas![i] ?? 0) / 1000;
    if (name === '(garbage collector)') gcMs += ms;
    else if (name !== '(idle)' && name !== '(program)' && name !== '(root)') {
      sampledScriptMs += ms;
      byName.set(name!, (byName.get(name!) ?? 0) + ms);
    }
  });
  const scriptPerTick = sampledScriptMs / 10;
  const heaviest = [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([n, ms]) => `${n} ${(ms / 10).toFixed(1)}`);
  const per = (name: string) => ((m1[name]! - m0[name]!) * 100).toFixed(1); // ms per second-long tick, over 10 ticks
  const tick = (m1.TaskDuration! - m0.TaskDuration!) * 100;
  console.log(
    `per tick: script ${per('ScriptDuration')} ms, layout ${per('LayoutDuration')} ms, style ${per('RecalcStyleDuration')} ms`,
  );
  const ids = (
    await page.locator('tbody tr[data-call-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-call-id')))
  )
    .filter(Boolean)
    .slice(0, 10) as string[];
  const t1 = await taskSeconds();
  for (const id of ids) {
    await control('POST', `/_sandbox/calls/${id}/answer`);
    await sleep(1_000);
  }
  const updates = ((await taskSeconds()) - t1) * 1000 - tick * ids.length;
  const script = (m1.ScriptDuration! - m0.ScriptDuration!) * 100;
  console.log(
    `${rows}. JavaScript per clock tick (Chromium's ScriptDuration): ${script.toFixed(1)} ms (target under 4 ms: ${script < 4 ? 'met' : 'MISSED'}); by sampling profile ${scriptPerTick.toFixed(1)} ms`,
  );
  console.log(`heaviest (ms per tick): ${heaviest.join(', ')}`);
  console.log(
    `garbage collection per second: ${(gcMs / 10).toFixed(1)} ms; all main-thread work per tick, including layout and software paint: ${tick.toFixed(1)} ms`,
  );
  console.log(
    `per snapshot update (beyond the ticks): ${(updates / ids.length).toFixed(1)} ms (target under 16 ms: ${updates / ids.length < 16 ? 'met' : 'MISSED'})`,
  );
  await browser.close();
} finally {
  stack.stop();
}
