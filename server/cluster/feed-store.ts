import 'server-only';
import { and, asc, eq, gt, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DashboardSettings } from '@/lib/settings/schema';
import type { StreamStatus } from '@/lib/waiting/stream';
import type { ChangeKind, DashboardCaller, WaitingChange } from '@/lib/waiting/types';
import type { WaitBasis } from '@/lib/waiting/wait-basis';
import type { Db } from '../db';
import { feedCallers, feedChanges, teamFeeds } from '../db/schema';
import { CHANNEL } from './signals';

/** The last poll's word on freshness, as stored: the reader adds its own serverTime. */
export type FeedStatus = Omit<StreamStatus, 'serverTime'>;

export interface FeedHead {
  epoch: number;
  seq: number;
  status: FeedStatus | null;
  settings: DashboardSettings | null;
  waitBasis: WaitBasis | null;
}

/** What one publish carries: the changes of one poll (or triage re-merge) and the state after it. */
export interface FeedUpdate {
  changes: WaitingChange[];
  status?: FeedStatus;
  settings?: DashboardSettings;
  waitBasis?: WaitBasis;
}

/** A publish refused because another instance has taken the team over since `epoch`. */
export class FencedOut extends Error {
  override name = 'FencedOut';
}

/** Changes kept per team for resuming browsers, and for how long (they hold callers' details). */
const KEEP_CHANGES = 1_000;
const KEEP_MS = 6 * 3_600_000;

export async function readHead(db: Db, teamId: string): Promise<FeedHead | null> {
  const [row] = await db.select().from(teamFeeds).where(eq(teamFeeds.teamId, teamId));
  if (!row) return null;
  return {
    epoch: row.epoch,
    seq: row.seq,
    status: (row.status as FeedStatus | null) ?? null,
    settings: (row.settings as DashboardSettings | null) ?? null,
    waitBasis: (row.waitBasis as WaitBasis | null) ?? null,
  };
}

export async function readCallers(db: Db, teamId: string): Promise<DashboardCaller[]> {
  const rows = await db.select({ caller: feedCallers.caller }).from(feedCallers).where(eq(feedCallers.teamId, teamId));
  return rows.map((r) => r.caller as DashboardCaller);
}

/** The stored changes after `seq` (at most `limit`), oldest first. */
export async function readChanges(db: Db, teamId: string, seq: number, limit = KEEP_CHANGES): Promise<WaitingChange[]> {
  const rows = await db
    .select({ seq: feedChanges.seq, kind: feedChanges.kind, caller: feedChanges.caller })
    .from(feedChanges)
    .where(and(eq(feedChanges.teamId, teamId), gt(feedChanges.seq, seq)))
    .orderBy(asc(feedChanges.seq))
    .limit(limit);
  return rows.map((r) => ({ seq: r.seq, kind: r.kind as ChangeKind, caller: r.caller as DashboardCaller }));
}

/**
 * Makes this instance the team's poller: the epoch rises, so anything its predecessor still
 * tries to publish is refused. Called only while holding the team's advisory lock.
 */
export async function takeOver(db: Db, teamId: string, owner: string): Promise<number> {
  const [row] = await db
    .insert(teamFeeds)
    .values({ teamId, epoch: 1, owner, ownedAt: new Date() })
    .onConflictDoUpdate({
      target: teamFeeds.teamId,
      set: { epoch: sql`${teamFeeds.epoch} + 1`, owner, ownedAt: new Date() },
    })
    .returning({ epoch: teamFeeds.epoch });
  return row!.epoch;
}

/** True while `epoch` is still the team's owner: side effects (escalation posts) check it in the same statement. */
export function ownerFence(teamId: string, epoch: number): SQL {
  return sql`EXISTS (SELECT 1 FROM team_feeds WHERE team_id = ${teamId} AND epoch = ${epoch})`;
}

/**
 * Stores one update under `epoch` and NOTIFYs every instance, in one transaction: the notification
 * goes out at commit, so nobody reads before the rows are there. Throws FencedOut if the team has
 * a newer owner.
 */
export async function publish(db: Db, teamId: string, epoch: number, update: FeedUpdate): Promise<void> {
  const last = update.changes.at(-1)?.seq;
  await db.transaction(async (tx) => {
    const [head] = await tx
      .update(teamFeeds)
      .set({
        ...(last !== undefined && { seq: last }),
        ...(update.status && { status: update.status }),
        ...(update.settings && { settings: update.settings }),
        ...(update.waitBasis && { waitBasis: update.waitBasis }),
        updatedAt: new Date(),
      })
      .where(and(eq(teamFeeds.teamId, teamId), eq(teamFeeds.epoch, epoch)))
      .returning({ seq: teamFeeds.seq });
    if (!head) throw new FencedOut(`team ${teamId} has a newer poller than epoch ${epoch}`);
    if (update.changes.length) {
      await tx
        .insert(feedChanges)
        .values(update.changes.map((c) => ({ teamId, seq: c.seq, epoch, kind: c.kind, caller: c.caller })));
      await storeCallers(tx as unknown as Db, teamId, update.changes);
    }
    const payload = JSON.stringify({ kind: 'feed', teamId, epoch, seq: head.seq, at: Date.now() });
    await tx.execute(sql`SELECT pg_notify(${CHANNEL}, ${payload})`);
  });
}

/** The callers table follows the changes: the last change of each caller wins; gone ones are deleted. */
async function storeCallers(db: Db, teamId: string, changes: WaitingChange[]): Promise<void> {
  const latest = new Map(changes.map((c) => [c.caller.callId, c]));
  const gone = [...latest.values()].filter((c) => c.kind === 'removed').map((c) => c.caller.callId);
  const present = [...latest.values()].filter((c) => c.kind !== 'removed');
  if (gone.length)
    await db.delete(feedCallers).where(and(eq(feedCallers.teamId, teamId), inArray(feedCallers.callId, gone)));
  if (present.length)
    await db
      .insert(feedCallers)
      .values(present.map((c) => ({ teamId, callId: c.caller.callId, caller: c.caller })))
      .onConflictDoUpdate({ target: [feedCallers.teamId, feedCallers.callId], set: { caller: sql`excluded.caller` } });
}

/** Forgets changes beyond the last KEEP_CHANGES, and any older than KEEP_MS. */
export async function prune(db: Db, teamId: string, seq: number, now = Date.now()): Promise<void> {
  await db
    .delete(feedChanges)
    .where(
      and(
        eq(feedChanges.teamId, teamId),
        or(lte(feedChanges.seq, seq - KEEP_CHANGES), lt(feedChanges.at, new Date(now - KEEP_MS))),
      ),
    );
}
