// Report queries over a busy clinic's history: one million calls in one clinic over a year, on
// PostgreSQL (the target) and timed against the same report over the last week, so the printout
// shows how cost grows with history. Seeding takes about a minute. Set BENCH_CALLS to change it.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { openDatabase } from '../server/db/client';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import { consultRows, hourCells, partsOf, queueReport, type ReportRequest, waitBins } from '../server/reports/report';
import { rollUp } from '../server/reports/rollup';

const CALLS = Number(process.env.BENCH_CALLS ?? 1_000_000);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = 3;
const TEAM = 'bench-clinic';

const name = `waitboard_bench_${randomBytes(4).toString('hex')}`;
const admin = new Client({ connectionString: ADMIN_URL });
try {
  await admin.connect();
} catch (error) {
  console.log(
    `reports benchmark skipped: no PostgreSQL at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} (${(error as Error).message})`,
  );
  process.exit(0);
}
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const database = await openDatabase({ url: url.toString() });
const { db } = database;

try {
  const seeded = performance.now();
  await db.execute(
    sql`INSERT INTO teams (id, name, timezone) VALUES (${TEAM}, 'Bench Clinic', 'Australia/Sydney'), ('bench-other', 'Other Clinic', 'Australia/Perth')`,
  );
  await db.execute(
    sql`INSERT INTO users (email, name, role) SELECT 'dr' || g || '@bench.example', 'Dr Bench ' || g, 'practitioner' FROM generate_series(1, 8) g`,
  );
  // Arrivals in clinic hours (UTC+10/11), answered after a skewed wait, some abandoned, some transferred.
  await db.execute(sql`
    INSERT INTO calls (id, team_id, queue_id, previous_call_id, root_call_id, call_type, status, joined_at, arrived_at, answered_at, left_queue_at, transferred_at, finished_at)
    SELECT 'call-' || g, CASE WHEN g % 10 = 0 THEN 'bench-other' ELSE ${TEAM} END, 'queue-' || (g % 4), NULL, 'call-' || g, 'video',
      CASE WHEN o < 0.82 THEN 'ended' WHEN o < 0.94 THEN 'left' ELSE 'transferred' END,
      j, j,
      CASE WHEN o < 0.82 THEN j + make_interval(secs => -ln(1 - random()) * 240) END,
      CASE WHEN o >= 0.82 AND o < 0.94 THEN j + make_interval(secs => -ln(1 - random()) * 420) END,
      CASE WHEN o >= 0.94 THEN j + make_interval(secs => random() * 600) END,
      CASE WHEN o < 0.82 THEN j + make_interval(secs => 600 + random() * 1500) END
    FROM (
      SELECT g, random() AS o,
        date_trunc('day', now() - random() * interval '365 days') - interval '10 hours' + make_interval(secs => 8 * 3600 + random() * 10 * 3600) AS j
      FROM generate_series(1, ${CALLS}) g
    ) s`);
  await db.execute(sql`
    INSERT INTO triage (root_call_id, team_id, admission)
    SELECT c.root_call_id, c.team_id, jsonb_build_object('mode', 'route', 'practitionerId', (SELECT id FROM users ORDER BY email OFFSET (hashtext(c.id) & 7) LIMIT 1)::text,
      'admittedAt', c.answered_at, 'admittedBy', 'bench')
    FROM calls c WHERE c.answered_at IS NOT NULL AND hashtext(c.id) % 3 = 0`);
  await db.execute(sql`VACUUM ANALYZE calls`);
  await db.execute(sql`VACUUM ANALYZE triage`);
  const [count] = (
    (await db.execute(sql`SELECT count(*)::int AS n FROM calls WHERE team_id = ${TEAM}`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  console.log(
    `seeded ${CALLS.toLocaleString('en-AU')} calls (${count!.n.toLocaleString('en-AU')} in the benchmarked clinic) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const now = Date.now();
  const today = clinicParts(now, 'Australia/Sydney').date;
  const base = { teamId: TEAM, queueId: null, timezone: 'Australia/Sydney', targetMinutes: 5, to: today };
  const year: ReportRequest = { ...base, from: addDays(today, -366) };
  const week: ReportRequest = { ...base, from: addDays(today, -6) };
  const queries = {
    'hour cells (summary counts, hourly, heatmap)': hourCells,
    'wait bins (median, p90, target)': waitBins,
    practitioners: consultRows,
  } as const;

  async function time(run: () => Promise<unknown>): Promise<number> {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  }

  // The naive way first: every report read straight from the million calls.
  const naive = await time(() => queueReport(db, year));
  const rolling = performance.now();
  await rollUp(db, TEAM, now);
  console.log(
    `rolled up the settled days in ${((performance.now() - rolling) / 1000).toFixed(1)} s (once; then a day at a time)`,
  );
  await db.execute(sql`VACUUM ANALYZE`);

  console.log(`median of ${RUNS} runs; target: every report over the whole history under 1000 ms`);
  console.log(
    `${'query'.padEnd(46)} ${'whole year'.padStart(10)} ${'one week'.padStart(9)} ${'year/week'.padStart(9)} ${'one queue'.padStart(10)}`,
  );
  for (const [label, run] of Object.entries(queries)) {
    const all = await time(async () => run(db, await partsOf(db, year), year));
    const recent = await time(async () => run(db, await partsOf(db, week), week));
    const queue = await time(async () =>
      run(db, await partsOf(db, { ...year, queueId: 'queue-1' }), { ...year, queueId: 'queue-1' }),
    );
    console.log(
      `${label.padEnd(46)} ${all.toFixed(0).padStart(7)} ms ${recent.toFixed(0).padStart(6)} ms ${(all / recent).toFixed(1).padStart(8)}× ${queue.toFixed(0).padStart(7)} ms`,
    );
  }
  const whole = await time(() => queueReport(db, year));
  const recentWhole = await time(() => queueReport(db, week));
  console.log(
    `whole report, year: ${whole.toFixed(0)} ms (one week ${recentWhole.toFixed(0)} ms, ${(whole / recentWhole).toFixed(1)}×); straight from calls: ${naive.toFixed(0)} ms, ${(naive / whole).toFixed(1)}× slower`,
  );
  console.log(`the year's report ${whole < 1000 ? 'meets' : 'MISSES'} the 1 s target`);
} finally {
  await database.close();
  // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE.
  if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
