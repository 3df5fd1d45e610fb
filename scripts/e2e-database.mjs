// Throwaway PostgreSQL databases for the browser tests (the app's in E2E_DATABASE=postgres mode,
// and those the crash test starts its own instances on). Plain Node, shared by the Playwright
// config's server wrapper and the specs.
//
// Each name carries the id of the process that owns it, `waitboard_e2e_<pid>_<random>`. Its owner
// drops it when done; a run killed before that leaves it behind, and the next run drops every one
// whose owner is gone. A live run's database is never touched: its owner's process still exists.
// Process ids mean something only in their own PID namespace (a container sharing the server sees
// other ones), so the database's comment records the namespace; one from elsewhere is dropped only
// after a day.
import { randomBytes } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PREFIX = 'waitboard_e2e_';
const FOREIGN_AFTER_MS = 24 * 3600_000;

function pidNamespace() {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return 'unknown';
  }
}

/** The admin URL without credentials, for messages. */
export const adminUrlForHumans = () => ADMIN_URL.replace(/\/\/[^@]*@/, '//');

async function withAdmin(fn) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Drops the databases of runs that were killed. Without FORCE: a database something is still
 * connected to (an orphaned server) is left, and named, rather than pulled from under it.
 */
export async function sweepStaleDatabases(log = console.error) {
  return withAdmin(async (admin) => {
    const { rows } = await admin.query(
      `select datname, shobj_description(oid, 'pg_database') as note from pg_database where datname like $1`,
      [`${PREFIX.replace(/_/g, '\\_')}%`],
    );
    const here = pidNamespace();
    const dropped = [];
    for (const { datname, note } of rows) {
      let owner;
      try {
        owner = JSON.parse(note);
      } catch {
        continue;
      }
      const stale =
        owner.pidns === here ? !alive(owner.pid) : Date.now() - Date.parse(owner.created) > FOREIGN_AFTER_MS;
      if (!stale) continue;
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${datname}`);
        dropped.push(datname);
      } catch (error) {
        log(`e2e: left ${datname} (its run is gone but it is in use: ${error.message})`);
      }
    }
    if (dropped.length) log(`e2e: dropped ${dropped.length} database(s) left by killed runs: ${dropped.join(', ')}`);
    return dropped;
  });
}

/** A new empty database owned by this process; its URL and name. */
export async function createDatabase() {
  const name = `${PREFIX}${process.pid}_${randomBytes(5).toString('hex')}`;
  const note = JSON.stringify({ pid: process.pid, pidns: pidNamespace(), created: new Date().toISOString() });
  await withAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.query(`COMMENT ON DATABASE ${name} IS ${admin.escapeLiteral(note)}`);
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** FORCE: whatever its owner left connected (a crashed instance's pool) goes with it. */
export async function dropDatabase(name) {
  if (!name.startsWith(PREFIX) || !/^\w+$/.test(name)) throw new Error(`not an e2e database: ${name}`);
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
