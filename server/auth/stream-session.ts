import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getServerSession, type Session } from 'next-auth';
import { db } from '../db';
import { teamMemberships, users } from '../db/schema';
import { env } from '../env';
import { stillActive } from './activity';
import { sessionEnded } from './ended-sessions';
import { authOptions } from './options';
import { type Recheck, recheckForUser } from './stream-recheck';

/**
 * For long-lived responses (the SSE stream), which outlive the request's own session check. Reads
 * the session while the request is in scope; the stream then re-checks at each heartbeat, and at
 * once when any instance signals that this person's access changed (server/auth/stream-recheck.ts).
 */
export async function streamAccess(
  teamId: string,
): Promise<{ stillSignedIn: () => Promise<boolean>; recheck?: Recheck }> {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  return {
    stillSignedIn: sessionChecker(session, undefined, teamId),
    recheck: userId ? recheckForUser(userId) : undefined,
  };
}

/**
 * What can change underneath an open stream: signed out, account disabled, session version raised
 * (password or role change), the absolute lifetime reached, nobody using it for the idle sign-out
 * time, or (with `teamId`) no longer a member of the clinic watched.
 */
export function sessionChecker(
  session: Session | null,
  now = () => Date.now(),
  teamId?: string,
): () => Promise<boolean> {
  return async () => {
    if (!session?.user?.id) return false;
    if (now() - session.signedInAt > env().SESSION_MAX_HOURS * 3_600_000) return false;
    if (await sessionEnded(session.user.id, session.signedInAt)) return false;
    const database = await db();
    const [row] = await database
      .select({ disabledAt: users.disabledAt, sv: users.sessionVersion, role: users.role })
      .from(users)
      .where(eq(users.id, session.user.id));
    if (!row || row.disabledAt || row.sv !== session.sessionVersion) return false;
    if (teamId && row.role !== 'admin') {
      const [member] = await database
        .select({ teamId: teamMemberships.teamId })
        .from(teamMemberships)
        .where(and(eq(teamMemberships.userId, session.user.id), eq(teamMemberships.teamId, teamId)));
      if (!member) return false;
    }
    return stillActive(
      { userId: session.user.id, signedInAt: session.signedInAt, lastActiveAt: session.lastActiveAt },
      now(),
    );
  };
}
