import { sql } from 'drizzle-orm';
import { Client, type Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicInstant, clinicParts } from '@/lib/core/clinic-time';
import { testDatabases } from '@/test/helpers/databases';
import { type Database, openDatabase } from '../db/client';
import { calls, teams } from '../db/schema';
import { rollUp } from './rollup';
import { rowsOf } from './sql';

const TZ = 'Australia/Sydney';
const MIN = 60_000;
/** Settled days with calls, and how many arrived on each. */
const DAYS = { 3: 2, 4: 3, 5: 1, 6: 4 } as const;
const postgres = (await testDatabases()).find((d) => d.name === 'postgres');

// Two instances each roll up every clinic hourly, from their own pools: each day must be summed once.
describe.skipIf(!postgres)('report roll-ups from two instances at once, on PostgreSQL', () => {
  let a: Database;
  let b: Database;
  const now = Date.now();
  const today = clinicParts(now, TZ).date;

  beforeAll(async () => {
    a = await postgres!.open();
    b = await openDatabase({ url: (a.db as unknown as { $client: Pool }).$client.options.connectionString });
    for (const team of ['race', 'held']) {
      await a.db.insert(teams).values({ id: team, name: team, timezone: TZ });
      await a.db.insert(calls).values(
        Object.entries(DAYS).flatMap(([daysAgo, count]) =>
          Array.from({ length: count }, (_, i) => {
            const joined = clinicInstant(addDays(today, -Number(daysAgo)), `${10 + i}:00`, TZ)!;
            const id = `${team}-${daysAgo}-${i}`;
            return {
              id,
              rootCallId: id,
              teamId: team,
              queueId: 'q',
              callType: 'video',
              status: 'ended',
              joinedAt: joined,
              arrivedAt: joined,
              answeredAt: new Date(joined.getTime() + 2 * MIN),
              finishedAt: new Date(joined.getTime() + 12 * MIN),
            };
          }),
        ),
      );
    }
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const perDay = async (team: string) =>
    Object.fromEntries(
      (
        await rowsOf(
          a.db,
          sql`SELECT local_date, sum(arrivals)::int AS arrivals, sum(answered)::int AS answered FROM call_hours WHERE team_id = ${team} GROUP BY local_date`,
        )
      ).map((r) => [r.local_date, { arrivals: r.arrivals, answered: r.answered }]),
    );
  const expected = Object.fromEntries(
    Object.entries(DAYS).map(([daysAgo, n]) => [addDays(today, -Number(daysAgo)), { arrivals: n, answered: n }]),
  );

  it('sums each day once when both roll the same clinic at the same moment', async () => {
    const results = await Promise.all([
      rollUp(a.db, 'race', now),
      rollUp(b.db, 'race', now),
      rollUp(a.db, 'race', now),
    ]);
    expect(results.map((r) => r?.rolledUntil)).toEqual(Array(3).fill(addDays(today, -2)));
    expect(await perDay('race')).toEqual(expected);
    const [bins] = await rowsOf(a.db, sql`SELECT sum(count)::int AS n FROM call_wait_bins WHERE team_id = 'race'`);
    expect(bins?.n).toBe(10);
  });

  it('waits for a roll-up of the same clinic in progress elsewhere, then finds its work done', async () => {
    const other = new Client((a.db as unknown as { $client: Pool }).$client.options);
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('rollup:held'))`);
      let done = false;
      const rolling = rollUp(b.db, 'held', now).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(done).toBe(false);
      await other.query('COMMIT');
      await rolling;
      await Promise.all([rollUp(a.db, 'held', now), rollUp(b.db, 'held', now)]);
      expect(await perDay('held')).toEqual(expected);
    } finally {
      await other.end();
    }
  });
});

if (!postgres)
  console.log('Concurrent roll-up tests skipped: they need PostgreSQL (the embedded database has one process).');
