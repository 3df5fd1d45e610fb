import 'server-only';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { lockDataFolder } from './folder-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

const MIGRATIONS = join(/* turbopackIgnore: true */ process.cwd(), 'server', 'db', 'migrations');

/**
 * The embedded database serves one clinic's Waitboard: PostgreSQL's default 128 MB of shared
 * buffers would sit in the app's own memory (WebAssembly memory never shrinks) for data that fits
 * in a few. Measured with bench/embedded-memory.bench.ts.
 */
const EMBEDDED_START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...['-c', 'shared_buffers=16MB', '-c', 'temp_buffers=8MB', '-c', 'maintenance_work_mem=16MB'],
];

const INIT_SCRIPT = join(/* turbopackIgnore: true */ process.cwd(), 'scripts', 'init-pglite.mjs');

/**
 * A new data folder is created (initdb) in a short-lived child process: initdb peaks near 900 MB of
 * WebAssembly memory, which this process would keep until a garbage collection that may never come.
 */
async function initialiseInChild(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  await promisify(execFile)(process.execPath, [INIT_SCRIPT, dataDir], { timeout: 120_000 });
}

/** Any number for the migration lock, as long as it is the same in every instance. */
const MIGRATION_LOCK = 0x57544244_0001n;

/**
 * Instances started together on a new database would each run the migrations and collide
 * (`type "staff_role" already exists`): one at a time, on one connection holding a lock, and the
 * others find them applied.
 */
async function migrateOnce(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    await migratePg(drizzlePg({ client, schema }), { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]).catch(() => undefined);
    client.release();
  }
}

/**
 * PostgreSQL when a URL is given, otherwise PGlite (PostgreSQL in WASM) in `dataDir`, or in memory
 * with no dir. Both run the same migrations, so the schema cannot drift between them.
 */
export async function openDatabase(options: { url?: string | null; dataDir?: string | null }): Promise<Database> {
  if (options.url) {
    const pool = new Pool({ connectionString: options.url, max: 10 });
    const db = drizzlePg({ client: pool, schema });
    await migrateOnce(pool);
    return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  // Before anything touches the folder, initdb included: one process at a time (folder-lock.ts).
  const release = options.dataDir ? lockDataFolder(options.dataDir) : () => undefined;
  try {
    if (options.dataDir) await initialiseInChild(options.dataDir);
    const client = options.dataDir
      ? new PGlite(options.dataDir, { startParams: EMBEDDED_START_PARAMS })
      : new PGlite({ startParams: EMBEDDED_START_PARAMS });
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Db, kind: 'pglite', close: () => client.close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}
