import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '../db';
import { auditLog } from '../db/schema';
import { HttpError } from '../errors';
import { loadTeamSession } from './load';

/**
 * A repeated booking request (same Idempotency-Key): the session as it is now, found through the
 * booking's audit entry. Nothing of the first answer (names, entry links) was kept to replay.
 */
export async function replayBooking(teamId: string, auditId: number | null) {
  const [entry] = auditId ? await (await db()).select().from(auditLog).where(eq(auditLog.id, auditId)) : [];
  if (!entry?.resourceId || entry.action !== 'session.book') {
    throw new HttpError(409, 'already_done', 'That booking was already made. Find it on the sessions page.');
  }
  return (await loadTeamSession(teamId, entry.resourceId)).view;
}
