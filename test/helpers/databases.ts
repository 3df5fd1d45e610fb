import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type Database, openDatabase } from '@/server/db/client';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<string | null> {
  const client = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs one statement as the server's administrator (creating, dropping, ending connections). */
export async function asAdmin(statement: string, values: unknown[] = []): Promise<unknown[]> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return (await admin.query(statement, values)).rows;
  } finally {
    await admin.end();
  }
}

/** An empty PostgreSQL database of its own, for handles opened on it (one per simulated instance). */
export async function throwawayPostgres(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `waitboard_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => void (await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** A fresh database per call: its own PostgreSQL database, dropped on close. */
async function openPostgres(): Promise<Database> {
  const fresh = await throwawayPostgres();
  const database = await openDatabase({ url: fresh.url });
  return {
    ...database,
    async close() {
      await database.close();
      await fresh.drop();
    },
  };
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export const postgresUnavailable = postgresReachable;

/**
 * PGlite always; PostgreSQL where one answers (CI has PostgreSQL 15 on 127.0.0.1:5432). When it
 * does not, the reason is printed so a skipped run is never mistaken for a passing one.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const list: TestDatabase[] = [{ name: 'pglite', open: () => openDatabase({}) }];
  const unreachable = await postgresReachable();
  if (unreachable) {
    console.log(
      `PostgreSQL tests skipped: no PostgreSQL at ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} (${unreachable}). Set TEST_DATABASE_URL to run them.`,
    );
  } else {
    list.push({ name: 'postgres', open: openPostgres });
  }
  return list;
}
