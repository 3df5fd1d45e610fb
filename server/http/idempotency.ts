import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { bootAlive, bootId, ownBoot } from '../boot';
import { db } from '../db';
import { idempotencyKeys, type IdempotentOutcome } from '../db/schema';
import { errorResponse } from '../errors';
import { KEY_APPLIED, KEY_PENDING, runWithKey } from '../idempotency-scope';

const KEEP_MS = 24 * 3_600_000;
/** How long a repeat waits for its twin still running in a live process (a double click). */
const WAIT_MS = 15_000;

export interface KeyedRequest {
  key: string;
  userId: string;
  /** sha256 of method, path and body: the key is bound to one request. */
  hash: string;
}

/** Rebuilds an applied action's answer from current state (nothing of the first answer is kept). */
export type Replay = (auditId: number | null) => Promise<Response>;

export function requestHash(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

// The requests this process is running now, so a double click here waits for its twin.
const running = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once per Idempotency-Key and person. The key is claimed (stamped with this process)
 * before the work starts, and marked applied inside the action's own audited transaction
 * (server/idempotency-scope.ts), so "applied" and "key done" cannot disagree after a crash. A
 * repeat of the same request replays the outcome; one whose first run died with its process runs
 * at once (it cannot have applied); the same key with another request is refused.
 */
export async function once(req: KeyedRequest, work: () => Promise<Response>, replay: Replay): Promise<Response> {
  const database = await db();
  const owner = await ownBoot();
  const id = `${req.userId} ${req.key}`;
  const where = and(eq(idempotencyKeys.key, req.key), eq(idempotencyKeys.userId, req.userId));
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const [claimed] = await database
      .insert(idempotencyKeys)
      .values({ key: req.key, userId: req.userId, requestHash: req.hash, status: KEY_PENDING, owner })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed) return run(req, id, work);
    const [row] = await database.select().from(idempotencyKeys).where(where);
    if (!row) continue; // forgotten in between: claim it afresh
    if (row.requestHash !== req.hash) {
      return errorResponse(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Send a new key for a new request.',
      );
    }
    if (row.status !== KEY_PENDING) return answer(row.status, row.result, replay);
    const alive = row.owner === bootId() ? running.has(id) : await bootAlive(row.owner);
    if (!alive) {
      // Its process died (or gave up) before the action applied, which would have marked the key.
      const [taken] = await database
        .update(idempotencyKeys)
        .set({ owner })
        .where(and(where, eq(idempotencyKeys.status, KEY_PENDING), ownerIs(row.owner)))
        .returning({ key: idempotencyKeys.key });
      if (taken) return run(req, id, work, true);
      continue;
    }
    if (Date.now() >= deadline) break;
    const twin = running.get(id);
    await Promise.race([twin ?? sleep(150), sleep(Math.max(0, deadline - Date.now()))]);
  }
  return errorResponse(409, 'in_progress', 'That request is still being handled. Wait a moment.');
}

function ownerIs(owner: string | null) {
  return owner === null ? isNull(idempotencyKeys.owner) : eq(idempotencyKeys.owner, owner);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(req: KeyedRequest, id: string, work: () => Promise<Response>, resumed = false): Promise<Response> {
  const database = await db();
  const pending = and(
    eq(idempotencyKeys.key, req.key),
    eq(idempotencyKeys.userId, req.userId),
    eq(idempotencyKeys.status, KEY_PENDING),
  );
  const result = runWithKey({ key: req.key, userId: req.userId, resumed }, work);
  running.set(
    id,
    result.catch(() => undefined),
  );
  let response: Response;
  try {
    response = await result;
  } finally {
    running.delete(id);
  }
  if (response.ok) {
    // Applied without an audited transaction (no route does this today): keep that it was done.
    await database
      .update(idempotencyKeys)
      .set({ status: KEY_APPLIED, owner: null, result: { auditId: null } })
      .where(pending);
  } else if (response.status < 500 && !(await transient(response))) {
    // A refusal is replayed as it was: its envelope only (messages never hold patient details).
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
    const error = { code: String(body?.error?.code ?? 'refused'), message: String(body?.error?.message ?? '') };
    await database
      .update(idempotencyKeys)
      .set({ status: response.status, owner: null, result: { error } })
      .where(pending);
  } else {
    // Nothing was applied here (an applied action has marked its key), but something may have
    // been sent upstream (a Coviu create that timed out): the key stays pending with no owner, so
    // a retry runs at once, as a resumed request that looks before making anything again.
    await database.update(idempotencyKeys).set({ owner: null }).where(pending);
  }
  // Keys are needed for retries within minutes; keep a day, then forget.
  void database
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(Date.now() - KEEP_MS)))
    .catch(() => undefined);
  return response;
}

/** "Still being handled" is a moment's state, not the request's outcome: never replayed. */
async function transient(response: Response): Promise<boolean> {
  if (response.status !== 409) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code === 'in_progress';
}

async function answer(status: number, result: IdempotentOutcome | null, replay: Replay): Promise<Response> {
  const response =
    result && 'error' in result
      ? Response.json({ error: result.error }, { status })
      : await replay(result?.auditId ?? null);
  response.headers.set('idempotent-replay', 'true');
  return response;
}
