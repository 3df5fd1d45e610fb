import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { db } from '../db';
import { endedSessions } from '../db/schema';
import { accessChanged } from './stream-recheck';

const KEEP_MS = 7 * 86_400_000;

/** Marks one sign-in as over, so its token is refused even if the browser still sends it. */
export async function endSession(userId: string, signedInAt: number): Promise<void> {
  const database = await db();
  await database.insert(endedSessions).values({ userId, signedInAt }).onConflictDoNothing();
  // Its open streams, on whichever instance, end now rather than at their next heartbeat.
  await accessChanged(userId);
  await database.delete(endedSessions).where(lt(endedSessions.endedAt, new Date(Date.now() - KEEP_MS)));
}

export async function sessionEnded(userId: string, signedInAt: number): Promise<boolean> {
  const [row] = await (
    await db()
  )
    .select({ userId: endedSessions.userId })
    .from(endedSessions)
    .where(and(eq(endedSessions.userId, userId), eq(endedSessions.signedInAt, signedInAt)));
  return Boolean(row);
}
