import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { users } from '../db/schema';

/**
 * Records that the person has had these teams' lists on screen until `at` (the server's clock, so
 * it compares with Coviu's arrival times, not a PC's). Each team is stamped on its own: looking at
 * one clinic leaves another's stamp alone. Not audited, like a session's last activity: it is
 * bookkeeping the browser sends by itself while the console is visible, not a choice the person
 * made, and an entry each time would bury the audit log.
 */
export async function recordLook(userId: string, teamIds: readonly string[], at: Date): Promise<void> {
  if (!teamIds.length) return;
  const stamps = JSON.stringify(Object.fromEntries(teamIds.map((id) => [id, at.toISOString()])));
  const previous = sql`${users.preferences}->'lastLooked'`;
  await (
    await db()
  )
    .update(users)
    .set({
      preferences: sql`jsonb_set(${users.preferences}, '{lastLooked}', (case when jsonb_typeof(${previous}) = 'object' then ${previous} else '{}'::jsonb end) || ${stamps}::jsonb)`,
    })
    .where(eq(users.id, userId));
}

/**
 * Remembers the clinic the person last chose on a page with a clinic picker, so every such page
 * opens on it on any computer. Not audited, like `recordLook`: it records where someone was
 * looking, changes nothing anyone else sees, and would add an entry at every switch of clinic.
 */
export async function recordLastClinic(userId: string, teamId: string): Promise<void> {
  await (
    await db()
  )
    .update(users)
    .set({ preferences: sql`${users.preferences} || ${JSON.stringify({ lastClinic: teamId })}::jsonb` })
    .where(eq(users.id, userId));
}
