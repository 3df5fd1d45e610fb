import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { db } from '../db';
import { idempotencyKeys } from '../db/schema';

const PENDING = 0;
const WAIT_MS = 15_000;
const KEEP_MS = 24 * 3_600_000;

/**
 * Runs `work` once per Idempotency-Key and person. The key is claimed before the work starts, so
 * a second request with the same key — a double click — waits for the first and gets its answer.
 */
export async function once(key: string | null, userId: string, work: () => Promise<Response>): Promise<Response> {
  if (!key) return work();
  const database = await db();
  const claimed = await database
    .insert(idempotencyKeys)
    .values({ key, userId, status: PENDING, body: {} })
    .onConflictDoNothing()
    .returning();
  if (!claimed.length) {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      const [row] = await database
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.userId, userId)));
      if (row && row.status !== PENDING)
        return Response.json(row.body, { status: row.status, headers: { 'idempotent-replay': 'true' } });
      await new Promise((r) => setTimeout(r, 150));
    }
    return Response.json(
      { error: { code: 'in_progress', message: 'That request is still being handled. Wait a moment.' } },
      { status: 409 },
    );
  }
  const response = await work();
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => ({}));
  await database
    .update(idempotencyKeys)
    .set({ status: response.status, body })
    .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.userId, userId)));
  // Old keys are only needed for retries within seconds; keep a day, then forget.
  void database
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEEP_MS)))
    .catch(() => undefined);
  return response;
}
