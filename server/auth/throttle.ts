import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { signInThrottle } from '../db/schema';

interface Limit {
  max: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;
/** Five wrong passwords lock an account for 15 minutes; twenty from one address lock the address. */
export const LIMITS: Record<'account' | 'ip', Limit> = {
  account: { max: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  ip: { max: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
};

interface ThrottleKeys {
  account: string;
  ip: string | null;
}

function keysOf(k: ThrottleKeys): { key: string; limit: Limit }[] {
  const keys = [{ key: `account:${k.account}`, limit: LIMITS.account }];
  if (k.ip) keys.push({ key: `ip:${k.ip}`, limit: LIMITS.ip });
  return keys;
}

export async function isLocked(k: ThrottleKeys, now = new Date()): Promise<boolean> {
  const rows = await (
    await db()
  )
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.key,
        keysOf(k).map((x) => x.key),
      ),
    );
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

export async function recordFailure(k: ThrottleKeys, now = new Date()): Promise<void> {
  const database = await db();
  await database.transaction(async (tx) => {
    for (const { key, limit } of keysOf(k)) {
      // A row to lock even on the first failure: FOR UPDATE finds nothing to lock on a missing row,
      // so two first failures at once (on two instances, or one) would both write a count of 1.
      await tx.insert(signInThrottle).values({ key, failures: 0, windowStartedAt: now }).onConflictDoNothing();
      const [current] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).for('update');
      const fresh = !current || now.getTime() - current.windowStartedAt.getTime() > limit.windowMs;
      const failures = fresh ? 1 : current.failures + 1;
      const values = {
        failures,
        windowStartedAt: fresh ? now : current.windowStartedAt,
        lockedUntil: failures >= limit.max ? new Date(now.getTime() + limit.lockMs) : (current?.lockedUntil ?? null),
      };
      await tx
        .insert(signInThrottle)
        .values({ key, ...values })
        .onConflictDoUpdate({ target: signInThrottle.key, set: values });
    }
  });
}

export async function clearAccount(account: string): Promise<void> {
  await (await db()).delete(signInThrottle).where(eq(signInThrottle.key, `account:${account}`));
}
