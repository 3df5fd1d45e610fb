import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { WaitingCall } from '@/lib/waiting/call';
import { db } from '../db';
import { calls } from '../db/schema';

export interface Lineage {
  rootCallId: string;
  arrivedAt: string;
}

type Row = typeof calls.$inferSelect;
/** What we had recorded of a poll's calls (and of the calls they were transferred from), by id. */
export type KnownCalls = Map<string, Row>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function fingerprint(c: {
  status: string;
  queueId: string | null;
  answeredAt: string | null;
  onHoldAt: string | null;
  leftQueueAt: string | null;
  transferredAt: string | null;
  finishedAt: string | null;
}) {
  return [c.status, c.queueId, c.answeredAt, c.onHoldAt, c.leftQueueAt, c.transferredAt, c.finishedAt].join('|');
}

/** Each caller's first arrival across transfers, from `previousCallId` and what we recorded before. */
export async function traceLineage(
  current: WaitingCall[],
): Promise<{ lineage: Map<string, Lineage>; known: KnownCalls }> {
  const database = await db();
  const ids = new Set(current.map((c) => c.id));
  for (const c of current) if (c.previousCallId) ids.add(c.previousCallId);
  const known: KnownCalls = new Map();
  if (ids.size)
    for (const row of await database
      .select()
      .from(calls)
      .where(inArray(calls.id, [...ids])))
      known.set(row.id, row);

  const lineage = new Map<string, Lineage>();
  // Oldest first, so a call transferred within this poll finds its predecessor's lineage.
  const ordered = [...current].sort((a, b) => Date.parse(a.joinedAt) - Date.parse(b.joinedAt));
  for (const c of ordered) {
    const previous = c.previousCallId
      ? (lineage.get(c.previousCallId) ?? rowLineage(known.get(c.previousCallId)))
      : null;
    lineage.set(c.id, previous ?? { rootCallId: c.previousCallId ?? c.id, arrivedAt: c.joinedAt });
  }
  return { lineage, known };
}

/** Records every call's lifecycle as Coviu reports it, written only when something changed. */
export async function recordLifecycle(
  teamId: string,
  { calls: current, lineage, known }: { calls: WaitingCall[]; lineage: Map<string, Lineage>; known: KnownCalls },
): Promise<void> {
  const writes: (typeof calls.$inferInsert)[] = [];
  for (const c of current) {
    const own = lineage.get(c.id) ?? { rootCallId: c.id, arrivedAt: c.joinedAt };
    const row = known.get(c.id);
    const changed =
      !row ||
      fingerprint({
        ...row,
        answeredAt: iso(row.answeredAt),
        onHoldAt: iso(row.onHoldAt),
        leftQueueAt: iso(row.leftQueueAt),
        transferredAt: iso(row.transferredAt),
        finishedAt: iso(row.finishedAt),
      }) !== fingerprint({ ...c, status: c.status });
    if (!changed) continue;
    writes.push({
      id: c.id,
      teamId,
      queueId: c.queueId,
      previousCallId: c.previousCallId,
      rootCallId: own.rootCallId,
      callType: c.callType,
      status: c.status,
      joinedAt: new Date(c.joinedAt),
      arrivedAt: new Date(own.arrivedAt),
      answeredAt: c.answeredAt ? new Date(c.answeredAt) : null,
      onHoldAt: c.onHoldAt ? new Date(c.onHoldAt) : null,
      leftQueueAt: c.leftQueueAt ? new Date(c.leftQueueAt) : null,
      transferredAt: c.transferredAt ? new Date(c.transferredAt) : null,
      finishedAt: c.finishedAt ? new Date(c.finishedAt) : null,
    });
  }
  if (!writes.length) return;
  // Oldest first, as before the split: ties in `joinedAt` keep Coviu's order.
  writes.sort((a, b) => (a.joinedAt as Date).getTime() - (b.joinedAt as Date).getTime());
  const database = await db();
  await database
    .insert(calls)
    .values(writes)
    .onConflictDoUpdate({
      target: calls.id,
      set: {
        queueId: sql`excluded.queue_id`,
        status: sql`excluded.status`,
        answeredAt: sql`excluded.answered_at`,
        onHoldAt: sql`excluded.on_hold_at`,
        leftQueueAt: sql`excluded.left_queue_at`,
        transferredAt: sql`excluded.transferred_at`,
        finishedAt: sql`excluded.finished_at`,
        lastSeenAt: sql`now()`,
      },
    });
}

function rowLineage(row: Row | undefined): Lineage | null {
  return row ? { rootCallId: row.rootCallId, arrivedAt: row.arrivedAt.toISOString() } : null;
}
