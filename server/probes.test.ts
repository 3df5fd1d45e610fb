import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from './db/client';
import { liveness, readiness } from './probes';

describe('liveness', () => {
  it('is live while the event loop turns', async () => {
    expect(await liveness()).toEqual({ ok: true });
  });

  it('is not live when the loop is held longer than the limit', async () => {
    const probe = liveness(20);
    const until = performance.now() + 60;
    while (performance.now() < until) {
      // hold the event loop, as a runaway computation would
    }
    const result = await probe;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^the event loop is busy: a turn took \d+ ms \(limit 20 ms\)$/);
  });
});

describe.each(await testDatabases())('readiness on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });
  const deps = (booted = true) => ({ database: async () => database, booted: () => booted });

  it('is ready once booted, with the database answering and migrated', async () => {
    expect(await readiness(deps())).toEqual({ ok: true });
  });

  it('is not ready before start-up has finished', async () => {
    expect(await readiness(deps(false))).toEqual({
      ok: false,
      reason: 'starting: start-up (database, teams) has not finished',
    });
  });

  it('is not ready when the database does not answer in time', async () => {
    const never = { database: () => new Promise<Database>(() => undefined), booted: () => true, timeoutMs: 50 };
    expect(await readiness(never)).toEqual({ ok: false, reason: 'the database did not answer within 50 ms' });
  });

  it('is not ready when the database fails, and says so without its error text', async () => {
    const failing = { database: () => Promise.reject(new Error('password authentication failed')), booted: () => true };
    expect(await readiness(failing)).toEqual({ ok: false, reason: 'the database cannot be reached' });
  });

  it('is not ready when the newest migration is missing', async () => {
    const [newest] = (
      (await database.db.execute(
        sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
      )) as unknown as { rows: { id: number; hash: string; created_at: string }[] }
    ).rows;
    await database.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE id = ${newest!.id}`);
    try {
      expect(await readiness(deps())).toEqual({
        ok: false,
        reason: 'the database lacks migrations this version needs (restart to apply them)',
      });
    } finally {
      await database.db.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at) VALUES (${newest!.id}, ${newest!.hash}, ${newest!.created_at})`,
      );
    }
    expect(await readiness(deps())).toEqual({ ok: true });
  });
});
