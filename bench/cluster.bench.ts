// Issue 13's figures, measured in one run: up to three instances (`next start` of the built app) on
// one throwaway PostgreSQL database and one sandbox, with real `kill -9`s:
//   upstream reads per minute of a watched team with 1, 2 and 3 instances;
//   broadcast latency with 600 SSE viewers split over three instances, and memory per viewer;
//   failover: kill -9 of the owner to the first new poll and to the first event on a survivor, and
//   the same for a graceful stop, a frozen process and a cut database link (bench/cluster-failover.ts).
import { Cluster, perMinute, pollReads, pollsOf, sleep } from '../e2e/cluster-kit';
import { type SseClient, waitingStream } from '../e2e/sse-client';
import { type Disruption, type Trial, trial } from './cluster-failover';
import { percentile, signIn, treeRssMb } from './harness';

// The shortest active interval a clinic can have (settings: at least 2 s).
const POLL_MS = 2_000;
const WINDOW_MS = 30_000;
const VIEWERS = 600;
const CHANGES = 10;
const KILLS = 5;
const PORTS = [3951, 3952, 3953];
const ms = (n: number) => `${Math.round(n)} ms`;

const lib = (await import('../scripts/lib.mjs' as string)) as { ensureBuild: () => void };
lib.ensureBuild();
const made = await Cluster.create({
  ports: PORTS,
  sandboxPort: 4951,
  pollActiveMs: POLL_MS,
  publicUrl: `http://127.0.0.1:${PORTS[0]}`,
  // Coviu's webhooks reach one instance (the balancer's pick); it has the owner poll at once.
  webhookPort: PORTS[0],
  dir: 'test-results/cluster-bench',
  relays: true,
  env: { LOG_LEVEL: 'error' },
});
if (typeof made === 'string') {
  console.log(`skipped: no PostgreSQL reachable (${made})`);
} else {
  const cluster = made;
  try {
    await run(cluster);
  } finally {
    await cluster.stop();
  }
}

async function run(cluster: Cluster) {
  const instances = cluster.instances;
  const team = (await cluster.sandbox.control.teams())[0]!;
  const queue = team.waitingQueues[0]!.waitingQueueId;
  const addCaller = () =>
    cluster.sandbox.control.addCaller({ teamId: team.teamId, waitingQueueId: queue, details: { name: 'Bench' } });
  const rows: [string, string, string][] = [];
  // Each figure as it is measured, then all of them as a table.
  const note = (row: [string, string, string]) => {
    rows.push(row);
    console.log(`${row[0]}: ${row[1]} (${row[2]})`);
  };

  // Reads: one viewer on each running instance, so each would poll at the active rate if it polled.
  const reads: number[] = [];
  const pollers: number[] = [];
  let cookie = '';
  const viewers: SseClient[] = [];
  for (const instance of instances) {
    await instance.start();
    cookie ||= await signIn(instance.url, 'admin@example.com');
    viewers.push(await waitingStream(instance.url, team.teamId, { cookie }).ready());
    await cluster.owner(team.teamId);
    await sleep(2 * POLL_MS);
    const from = Date.now();
    await sleep(WINDOW_MS);
    const window = (await pollReads(cluster.sandbox, team.teamId, from)).filter((r) => r.at <= from + WINDOW_MS);
    reads.push(perMinute(window.map((r) => r.at)));
    pollers.push(new Set(window.map((r) => r.client)).size);
  }
  await Promise.all(viewers.map((v) => v.close()));
  const spread = Math.max(...reads.map((r) => Math.abs(r / reads[0]! - 1)));
  note([
    `upstream reads/min of a watched team (poll every ${POLL_MS} ms), 1 / 2 / 3 instances`,
    `${reads.map((r) => r.toFixed(1)).join(' / ')} (instances polling: ${pollers.join(' / ')})`,
    `2 and 3 within 10% of 1: ${spread <= 0.1 ? 'met' : 'MISSED'} (${(spread * 100).toFixed(1)}%)`,
  ]);

  // 600 viewers, 200 per instance.
  await sleep(5_000);
  const rssBefore = instances.map((i) => treeRssMb(i.pid!));
  const arrivals = new Map<string, number[]>();
  const crowd: SseClient[] = [];
  for (let k = 0; k < VIEWERS; k += 50) {
    const batch = Array.from({ length: 50 }, (_, j) =>
      waitingStream(instances[(k + j) % instances.length]!.url, team.teamId, {
        cookie,
        keep: false,
        onEvent: (e) => {
          const callId = e.event === 'change' ? (e.data as { caller: { callId: string } }).caller.callId : null;
          // Kept for every caller: an event may beat the sandbox's answer naming the caller.
          if (callId) (arrivals.get(callId) ?? arrivals.set(callId, []).get(callId)!).push(e.at);
        },
      }),
    );
    await Promise.all(batch.map((c) => c.ready()));
    crowd.push(...batch);
  }
  await sleep(10_000);
  const rssAfter = instances.map((i) => treeRssMb(i.pid!));
  const fromChange: number[] = [];
  const fromPoll: number[] = [];
  let missing = 0;
  for (let c = 0; c < CHANGES; c++) {
    const changedAt = Date.now();
    const { callId } = await addCaller();
    const deadline = Date.now() + 10_000;
    while ((arrivals.get(callId)?.length ?? 0) < VIEWERS && Date.now() < deadline) await sleep(20);
    const seen = arrivals.get(callId) ?? [];
    missing += VIEWERS - seen.length;
    const polledAt = (await pollsOf(cluster.sandbox, team.teamId, changedAt))[0] ?? changedAt;
    fromChange.push(...seen.map((at) => at - changedAt));
    fromPoll.push(...seen.map((at) => at - polledAt));
    await sleep(2 * POLL_MS);
  }
  const closedEarly = crowd.filter((c) => c.closed !== null).length;
  await Promise.all(crowd.map((c) => c.close()));
  const stat = (v: number[]) => `p50 ${ms(percentile(v, 50))}, p95 ${ms(percentile(v, 95))}, max ${ms(Math.max(...v))}`;
  note([
    `broadcast latency, ${VIEWERS} viewers over ${instances.length} instances, ${CHANGES} changes: sandbox change → each viewer's event`,
    stat(fromChange),
    `${missing} events missing, ${closedEarly} streams dropped`,
  ]);
  note([
    `…from the owner's poll that saw the change → each viewer's event`,
    stat(fromPoll),
    'p95 under 500 ms: ' + (percentile(fromPoll, 95) < 500 ? 'met' : 'MISSED'),
  ]);
  const growth = rssAfter.reduce((s, r, k) => s + r - rssBefore[k]!, 0);
  note([
    `memory per viewer (RSS growth of the ${instances.length} instances / ${VIEWERS})`,
    `${((growth * 1024) / VIEWERS).toFixed(0)} KB (${rssBefore.map((r) => r.toFixed(0)).join('+')} → ${rssAfter.map((r) => r.toFixed(0)).join('+')} MB)`,
    '—',
  ]);

  const kinds: [Disruption, number][] = [
    ['kill -9', KILLS],
    ['SIGTERM', 2],
    ['SIGSTOP', 2],
    ['database link reset', 2],
    ['database link blackholed', 2],
  ];
  for (const [kind, times] of kinds) {
    const trials: Trial[] = [];
    for (let k = 0; k < times; k++) trials.push(await trial(cluster, team, cookie, POLL_MS, kind));
    const figure = (v: (number | null)[]) =>
      v.some((x) => x === null)
        ? `${v.filter((x) => x === null).length} of ${v.length} none within 30 s; ${v
            .filter((x) => x !== null)
            .map((x) => ms(x!))
            .join(', ')}`
        : `p50 ${ms(percentile(v as number[], 50))}, max ${ms(Math.max(...(v as number[])))}`;
    const polls = trials.map((t) => t.poll);
    const after = `afterwards one poller: ${trials.every((t) => t.pollersAfter === 1) ? 'yes' : `no (${trials.map((t) => t.pollersAfter)})`}; ids in order: ${trials.every((t) => t.ordered) ? 'yes' : 'NO'}`;
    note([
      `${kind} of the owner (${times}×) → first poll by another instance`,
      figure(polls),
      `within 2 intervals (${2 * POLL_MS} ms): ${polls.every((p) => p !== null && p <= 2 * POLL_MS) ? 'met' : 'MISSED'}`,
    ]);
    note([`…→ first event (a caller added then) on a surviving viewer`, figure(trials.map((t) => t.event)), after]);
  }
  print(rows);
}

function print(rows: [string, string, string][]) {
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), 8));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(['what', 'measured', 'target']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
