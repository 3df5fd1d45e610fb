import 'server-only';
import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { db } from '../db';
import { users } from '../db/schema';
import { env } from '../env';
import { sessionEnded } from './ended-sessions';
import { authOptions } from './options';

/**
 * For long-lived responses (the SSE stream), which outlive the request's own session check. Reads
 * the session while the request is in scope, then re-checks at each heartbeat what can change
 * underneath an open stream: account disabled, session version raised (password or role change),
 * or the absolute lifetime reached.
 */
export async function streamSessionChecker(): Promise<() => Promise<boolean>> {
  const session = await getServerSession(authOptions());
  return async () => {
    if (!session?.user?.id) return false;
    if (Date.now() - session.signedInAt > env().SESSION_MAX_HOURS * 3_600_000) return false;
    if (await sessionEnded(session.user.id, session.signedInAt)) return false;
    const [row] = await (
      await db()
    )
      .select({ disabledAt: users.disabledAt, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, session.user.id));
    return Boolean(row && !row.disabledAt && row.sv === session.sessionVersion);
  };
}
