import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from './db/client';

// What a load balancer asks (/api/health/live and /api/health/ready): is the process worth keeping,
// and may it be sent traffic. Both answer without a session and say nothing about the installation.

export type Probe = { ok: true } | { ok: false; reason: string };

/**
 * Live while the event loop turns: a turn queued now must run within `limitMs`. (A loop blocked
 * outright does not answer at all, which the load balancer's own timeout reports.) No database:
 * a database outage must not get every instance restarted.
 */
export async function liveness(limitMs = 1_000): Promise<Probe> {
  const started = performance.now();
  await new Promise((resolve) => setImmediate(resolve));
  const lagMs = Math.round(performance.now() - started);
  return lagMs <= limitMs
    ? { ok: true }
    : { ok: false, reason: `the event loop is busy: a turn took ${lagMs} ms (limit ${limitMs} ms)` };
}

const MIGRATIONS_JOURNAL = join(
  /* turbopackIgnore: true */ process.cwd(),
  'server',
  'db',
  'migrations',
  'meta',
  '_journal.json',
);
let shipped: number | undefined;

/** When the newest migration this code ships was made: drizzle records it as `created_at`. */
function newestShippedMigration(): number {
  shipped ??= Math.max(
    ...(JSON.parse(readFileSync(MIGRATIONS_JOURNAL, 'utf8')) as { entries: { when: number }[] }).entries.map(
      (e) => e.when,
    ),
  );
  return shipped;
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface ReadinessDeps {
  database: () => Promise<Database>;
  /** Start-up (teams, accounts, pollers) has finished. */
  booted: () => boolean;
  timeoutMs?: number;
}

/** Ready when start-up has finished, the database answers quickly, and it has every migration. */
export async function readiness({ database, booted, timeoutMs = 2_000 }: ReadinessDeps): Promise<Probe> {
  if (!booted()) return { ok: false, reason: 'starting: start-up (database, teams) has not finished' };
  let applied: number;
  try {
    const result = await within(
      (async () =>
        (await database()).db.execute(sql`SELECT max(created_at)::text AS newest FROM drizzle.__drizzle_migrations`))(),
      timeoutMs,
      'the database',
    );
    applied = Number((result as unknown as { rows: { newest: string | null }[] }).rows[0]?.newest ?? 0);
  } catch (error) {
    const message = (error as Error)?.message ?? '';
    return {
      ok: false,
      reason: /did not answer/.test(message) ? message : 'the database cannot be reached',
    };
  }
  if (applied < newestShippedMigration())
    return { ok: false, reason: 'the database lacks migrations this version needs (restart to apply them)' };
  return { ok: true };
}
