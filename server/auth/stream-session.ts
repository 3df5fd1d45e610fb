import 'server-only';
import { eq } from 'drizzle-orm';
import { getServerSession, type Session } from 'next-auth';
import { db } from '../db';
import { users } from '../db/schema';
import { env } from '../env';
import { stillActive } from './activity';
import { sessionEnded } from './ended-sessions';
import { authOptions } from './options';

/**
 * For long-lived responses (the SSE stream), which outlive the request's own session check. Reads
 * the session while the request is in scope, then re-checks at each heartbeat what can change
 * underneath an open stream: signed out, account disabled, session version raised (password or
 * role change), the absolute lifetime reached, or nobody using it for the idle sign-out time.
 */
export async function streamSessionChecker(): Promise<() => Promise<boolean>> {
  return sessionChecker(await getServerSession(authOptions()));
}

export function sessionChecker(session: Session | null, now = () => Date.now()): () => Promise<boolean> {
  return async () => {
    if (!session?.user?.id) return false;
    if (now() - session.signedInAt > env().SESSION_MAX_HOURS * 3_600_000) return false;
    if (await sessionEnded(session.user.id, session.signedInAt)) return false;
    const [row] = await (
      await db()
    )
      .select({ disabledAt: users.disabledAt, sv: users.sessionVersion })
      .from(users)
      .where(eq(users.id, session.user.id));
    if (!row || row.disabledAt || row.sv !== session.sessionVersion) return false;
    return stillActive(
      { userId: session.user.id, signedInAt: session.signedInAt, lastActiveAt: session.lastActiveAt },
      now(),
    );
  };
}
