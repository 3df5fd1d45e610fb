import 'server-only';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from 'pg';
import type { Database, Db } from '../db/client';
import { pgCode } from '../db/errors';
import * as schema from '../db/schema';
import { log } from '../log';

// Posts and acknowledgements meet in the database: with several instances, the one posting
// (the team's poller) and the one a receptionist acknowledges on are often not the same. Each post
// is claimed and sent while its runner holds the team's escalation lock shared (two runners may
// overlap when ownership changes hands; their claims decide who posts). An acknowledgement, once
// committed, takes the lock exclusively for a moment: it waits for posts already going out, and a
// claim made after it sees the acknowledgement. PostgreSQL queues new shared requests behind a
// waiting exclusive one, so a busy team cannot starve an acknowledgement.

/**
 * How long either side waits for the other. A post gives up after 5 s (escalation.ts), so a lock
 * held longer is a runner frozen mid-post: the acknowledgement is answered anyway, and a runner
 * that cannot get the lock leaves its posts to the next poll.
 */
export const GATE_WAIT_MS = 8_000;

const LOCK_TIMEOUT = '55P03';

const lockKey = (teamId: string) => sql`hashtextextended(${`escalation:${teamId}`}, 0)`;

/** Claims one post on the connection given and sends it, under the team's lock; undefined if it could not be had. */
export type Post = <T>(work: (db: Db) => Promise<T>) => Promise<T | undefined>;

// The embedded database has one process: there, runs in progress are known in memory (on
// globalThis: polls run in more than one of Next's bundles).
const running = ((
  globalThis as { waitboardEscalationRuns?: Map<string, Set<Promise<void>>> }
).waitboardEscalationRuns ??= new Map());

/** Runs a team's escalation run with a way to post under the team's lock. */
export async function withPostGate(
  d: Database,
  teamId: string,
  run: (post: Post) => Promise<void>,
  waitMs = GATE_WAIT_MS,
): Promise<void> {
  if (d.kind === 'pglite') {
    const done = run((work) => work(d.db));
    const settled = done.catch(() => undefined);
    const runs = running.get(teamId) ?? new Set();
    running.set(teamId, runs.add(settled));
    try {
      return await done;
    } finally {
      runs.delete(settled);
      if (!runs.size) running.delete(teamId);
    }
  }
  // A connection of its own while posting: a session lock must be released where it was taken,
  // and claims go through it too, so a run never needs a second connection from a busy pool.
  let client: PoolClient | undefined;
  let clientDb: Db | undefined;
  const post: Post = async (work) => {
    if (!client) {
      client = await (d.db as unknown as { $client: Pool }).$client.connect();
      await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${waitMs}ms`]);
      clientDb = drizzle({ client, schema }) as unknown as Db;
    }
    try {
      await clientDb!.execute(sql`SELECT pg_advisory_lock_shared(${lockKey(teamId)})`);
    } catch (error) {
      if (pgCode(error) !== LOCK_TIMEOUT) throw error;
      log.warn('escalation post waited too long for an acknowledgement; left to the next poll', { team: teamId });
      return undefined;
    }
    try {
      return await work(clientDb!);
    } finally {
      await clientDb!.execute(sql`SELECT pg_advisory_unlock_shared(${lockKey(teamId)})`);
    }
  };
  let failure: Error | undefined;
  try {
    await run(post);
  } catch (error) {
    failure = error as Error;
    throw error;
  } finally {
    // A connection whose lock or setting might be left behind is closed, not handed back.
    if (client && !failure) await client.query('RESET lock_timeout').catch((e: Error) => (failure = e));
    client?.release(failure ?? false);
  }
}

/**
 * Resolves once the posts going out for a team (on any instance) have landed, or after `waitMs`.
 * Call it after an acknowledgement is committed: nothing already going out arrives after it.
 */
export async function postsSettled(d: Database, teamId: string, waitMs = GATE_WAIT_MS): Promise<void> {
  if (d.kind === 'pglite') return void (await Promise.all(running.get(teamId) ?? []));
  try {
    await d.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('lock_timeout', ${`${waitMs}ms`}, true)`);
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${lockKey(teamId)})`);
    });
  } catch (error) {
    // The acknowledgement itself is committed: answering it with an error would only invite a retry.
    if (pgCode(error) === LOCK_TIMEOUT)
      log.warn('an escalation post was still going out when its acknowledgement was answered', { team: teamId });
    else log.warn('could not wait for escalation posts going out', { team: teamId, name: (error as Error)?.name });
  }
}
