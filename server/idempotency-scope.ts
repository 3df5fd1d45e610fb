import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { and, eq } from 'drizzle-orm';
import type { Db } from './db';
import { idempotencyKeys } from './db/schema';

/** `idempotency_keys.status` while the request runs. */
export const KEY_PENDING = 0;
/** An applied action: its answer is rebuilt from current state on replay (no body is kept). */
export const KEY_APPLIED = 1;

export interface KeyInFlight {
  key: string;
  userId: string;
  /** Taken over from a process that died mid-request: what it sent upstream may exist already. */
  resumed?: boolean;
}

// The Idempotency-Key of the request being handled, so the action's own audited transaction can
// mark it applied: the key and the change commit together, or neither does. (The HTTP layer sets
// it; domain code reaches it only through server/audit.ts, so it never imports server/http/.)
const scope = new AsyncLocalStorage<KeyInFlight | undefined>();

export function runWithKey<T>(key: KeyInFlight, work: () => Promise<T>): Promise<T> {
  return scope.run(key, work);
}

/**
 * Runs `work` with no key in scope: for a transaction that records an intent or undoes one (a room
 * admit's first and failure steps), which must not mark the request applied.
 */
export function outsideKey<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(undefined, work);
}

/** The key of the request being handled, for work that may be finished by another request. */
export function currentKey(): KeyInFlight | undefined {
  return scope.getStore();
}

/** Inside the action's transaction: the key (by default the one in scope), if still pending, is now applied. */
export async function markKeyApplied(
  tx: Pick<Db, 'update'>,
  auditId: number,
  k: KeyInFlight | undefined = scope.getStore(),
): Promise<void> {
  if (!k) return;
  await tx
    .update(idempotencyKeys)
    .set({ status: KEY_APPLIED, owner: null, result: { auditId } })
    .where(
      and(
        eq(idempotencyKeys.key, k.key),
        eq(idempotencyKeys.userId, k.userId),
        eq(idempotencyKeys.status, KEY_PENDING),
      ),
    );
}
