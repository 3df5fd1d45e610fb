import 'server-only';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '../env';
import { type Database, type Db, openDatabase } from './client';

export type { Db } from './client';

// One database per process (PGlite must be opened once: STACK.md); kept on globalThis so dev
// reloads reuse it.
const holder = globalThis as unknown as { waitboardDb?: Promise<Database> };

export function database(): Promise<Database> {
  if (!holder.waitboardDb) {
    const e = env();
    const dataDir = e.DATABASE_URL ? null : resolve(/* turbopackIgnore: true */ e.DATA_DIR);
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    holder.waitboardDb = openDatabase({ url: e.DATABASE_URL, dataDir }).catch((error: unknown) => {
      holder.waitboardDb = undefined;
      throw error;
    });
  }
  return holder.waitboardDb;
}

export async function db(): Promise<Db> {
  return (await database()).db;
}

/** Tests point the app's modules at a database they opened themselves. */
export function setDatabaseForTests(d: Database): void {
  holder.waitboardDb = Promise.resolve(d);
}
