import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db';
import { sessionActivity } from '../db/schema';
import { getGlobalSettings } from '../settings/store';

/** The idle limit is checked with this much slack: the browser's warning and sign-out come first. */
export const IDLE_GRACE_MS = 60_000;
const KEEP_MS = 7 * 86_400_000;

/** The browser reported that someone used this sign-in (at most once a minute). */
export async function recordActivity(userId: string, signedInAt: number, at = Date.now()): Promise<void> {
  const database = await db();
  await database
    .insert(sessionActivity)
    .values({ userId, signedInAt, lastActiveAt: new Date(at) })
    .onConflictDoUpdate({
      target: [sessionActivity.userId, sessionActivity.signedInAt],
      set: { lastActiveAt: sql`greatest(${sessionActivity.lastActiveAt}, excluded.last_active_at)` },
    });
  if (Math.random() < 0.01) {
    await database.delete(sessionActivity).where(lt(sessionActivity.lastActiveAt, new Date(at - KEEP_MS)));
  }
}

/**
 * Whether a sign-in has been used within the idle sign-out time (plus grace): the later of what its
 * cookie said when read and what the browser has reported since.
 */
export async function stillActive(
  session: { userId: string; signedInAt: number; lastActiveAt: number },
  now = Date.now(),
): Promise<boolean> {
  const { idleTimeoutMinutes } = await getGlobalSettings();
  const limit = idleTimeoutMinutes * 60_000 + IDLE_GRACE_MS;
  if (now - session.lastActiveAt <= limit) return true;
  const [row] = await (
    await db()
  )
    .select({ at: sessionActivity.lastActiveAt })
    .from(sessionActivity)
    .where(and(eq(sessionActivity.userId, session.userId), eq(sessionActivity.signedInAt, session.signedInAt)));
  return Boolean(row && now - row.at.getTime() <= limit);
}
