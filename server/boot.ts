import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client, type Pool, type PoolConfig } from 'pg';
import { database } from './db';
import { log } from './log';

// Work that must survive a crash (a pending Idempotency-Key, a Coviu room being made) is stamped
// with the id of the process doing it, so whoever finds it unfinished can tell at once whether
// that process still runs: if not, the work is taken over instead of waited for.

const holder = globalThis as unknown as { waitboardBoot?: { id: string; lock?: Promise<Client> } };

export function bootId(): string {
  holder.waitboardBoot ??= { id: randomUUID() };
  return holder.waitboardBoot.id;
}

/**
 * The id to stamp work with. On PostgreSQL the process first holds an advisory lock named after
 * its boot, on a connection of its own for its whole life: PostgreSQL drops the lock when the
 * process dies, which is how another instance knows. (PGlite has one process by construction.)
 */
export async function ownBoot(): Promise<string> {
  const id = bootId();
  const d = await database();
  if (d.kind === 'postgres') {
    const boot = holder.waitboardBoot!;
    boot.lock ??= (async () => {
      // Not from the pool: a pooled connection is handed back and forth, the lock must stay put.
      const pool = (d.db as unknown as { $client: Pool & { options: PoolConfig } }).$client;
      const client = new Client(pool.options);
      client.on('error', () => log.error('the connection holding this process’s boot lock failed', {}));
      await client.connect();
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [id]);
      return client;
    })().catch((error: unknown) => {
      boot.lock = undefined;
      throw error;
    });
    await boot.lock;
  }
  return id;
}

/** Whether the process that stamped some work with `owner` is still running. */
export async function bootAlive(owner: string | null): Promise<boolean> {
  if (!owner) return false;
  if (owner === bootId()) return true;
  const d = await database();
  // PGlite's files are opened by one process at a time: any other boot has ended.
  if (d.kind === 'pglite') return false;
  // A lock we can take is a lock nobody holds: its owner is gone. Taken for this transaction only.
  return d.db.transaction(async (tx) => {
    const result = (await tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${owner}, 0)) AS free`,
    )) as unknown as { rows: { free: boolean }[] };
    return !result.rows[0]?.free;
  });
}
