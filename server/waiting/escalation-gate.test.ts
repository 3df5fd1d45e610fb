import { Client, type Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from '../db/client';
import { postsSettled, withPostGate } from './escalation-gate';

// The lock another instance holds, seen from its own connection: a runner frozen mid-post holds it
// shared; an acknowledgement holds it exclusively for a moment.
const KEY = `hashtextextended('escalation:' || $1, 0)`;
const postgres = (await testDatabases()).find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('the escalation lock between instances, on PostgreSQL', () => {
  let d: Database;
  let other: Client;

  beforeAll(async () => {
    d = await postgres!.open();
    other = new Client((d.db as unknown as { $client: Pool }).$client.options);
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await d.close();
  });

  const timed = async (work: Promise<unknown>) => {
    const start = Date.now();
    await work;
    return Date.now() - start;
  };

  it('an acknowledgement waits for a post going out on another connection, until it lands', async () => {
    await other.query(`SELECT pg_advisory_lock_shared(${KEY})`, ['t1']);
    let done = false;
    const settled = postsSettled(d, 't1', 5_000).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(done).toBe(false);
    await other.query(`SELECT pg_advisory_unlock_shared(${KEY})`, ['t1']);
    // Well before the 5 s bound: it went on when the post landed.
    expect(await timed(settled)).toBeLessThan(4_000);
    // Another team's posts are not waited for.
    await other.query(`SELECT pg_advisory_lock_shared(${KEY})`, ['t2']);
    expect(await timed(postsSettled(d, 't1', 5_000))).toBeLessThan(4_000);
    await other.query(`SELECT pg_advisory_unlock_shared(${KEY})`, ['t2']);
  });

  it('gives up waiting on a runner frozen mid-post after the bound', async () => {
    await other.query(`SELECT pg_advisory_lock_shared(${KEY})`, ['t3']);
    try {
      const waited = await timed(postsSettled(d, 't3', 300));
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(waited).toBeLessThan(4_000);
    } finally {
      await other.query(`SELECT pg_advisory_unlock_shared(${KEY})`, ['t3']);
    }
  });

  it('leaves a post to the next poll while an acknowledgement holds the lock too long, and posts after it', async () => {
    await other.query('BEGIN');
    await other.query(`SELECT pg_advisory_xact_lock(${KEY})`, ['t4']);
    const outcomes: (string | undefined)[] = [];
    try {
      const waited = await timed(
        withPostGate(d, 't4', async (post) => void outcomes.push(await post(async () => 'sent')), 300),
      );
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(outcomes).toEqual([undefined]);
    } finally {
      await other.query('COMMIT');
    }
    await withPostGate(d, 't4', async (post) => void outcomes.push(await post(async () => 'sent')), 300);
    expect(outcomes).toEqual([undefined, 'sent']);
    // The run's connection went back to the pool with nothing held and its usual lock wait.
    const pool = (d.db as unknown as { $client: Pool }).$client;
    const held = await pool.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(held.rows[0].n).toBe(0);
    const settings = await Promise.all(
      Array.from({ length: pool.totalCount }, () => pool.query(`SELECT current_setting('lock_timeout') AS t`)),
    );
    expect(settings.map((r) => r.rows[0].t)).not.toContain('300ms');
  });

  it('lets two runners post at once: only their claims decide', async () => {
    const order: string[] = [];
    let bothIn: () => void;
    const together = new Promise<void>((resolve) => (bothIn = resolve));
    // Each waits (at most 3 s) for the other to be in: an exclusive lock would keep the second out.
    const runner = (n: string) =>
      withPostGate(d, 't5', async (post) => {
        await post(async () => {
          order.push(`${n} in`);
          if (order.length === 2) bothIn();
          await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 3_000))]);
          order.push(`${n} out`);
        });
      });
    await Promise.all([runner('a'), runner('b')]);
    expect(order.slice(0, 2).sort()).toEqual(['a in', 'b in']);
  });
});

if (!postgres)
  console.log('Escalation lock tests skipped: they need PostgreSQL (the embedded database has one process).');
