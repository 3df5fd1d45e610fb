import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../audit';
import { db } from '../db';
import { practitioners, teamMemberships, users } from '../db/schema';

/**
 * Roster entries for a practitioner account in these teams, linked to it and with its id, so
 * anything stored under the account's id (admissions, session hosts) names the entry. A team
 * whose roster already has the name keeps its entry.
 */
export async function addLinkedEntries(
  tx: Executor,
  user: { id: string; name: string; disabledAt?: Date | null },
  teamIds: string[],
): Promise<void> {
  if (!teamIds.length) return;
  await tx
    .insert(practitioners)
    .values(
      teamIds.map((teamId) => ({
        teamId,
        id: user.id,
        displayName: user.name,
        userId: user.id,
        active: !user.disabledAt,
      })),
    )
    .onConflictDoNothing();
}

/**
 * First boot after the roster arrived (and any team whose roster is still empty): every staff
 * practitioner of the team becomes an entry linked to their account, with the account's id, so
 * admissions stored before keep their practitioner. In the sandbox the simulated clinic's
 * practitioners are added too. A team with any entry is left alone: managers own it from then on.
 * Returns how many entries were made.
 */
export async function seedRosters(teams: { id: string; simulated?: string[] }[]): Promise<number> {
  if (!teams.length) return 0;
  const database = await db();
  const seeded = new Set(
    (
      await database
        .selectDistinct({ teamId: practitioners.teamId })
        .from(practitioners)
        .where(
          inArray(
            practitioners.teamId,
            teams.map((t) => t.id),
          ),
        )
    ).map((r) => r.teamId),
  );
  let made = 0;
  for (const team of teams.filter((t) => !seeded.has(t.id))) {
    made += await database.transaction(async (tx) => {
      const staff = await tx
        .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
        .from(users)
        .innerJoin(teamMemberships, eq(teamMemberships.userId, users.id))
        .where(and(eq(teamMemberships.teamId, team.id), eq(users.role, 'practitioner')));
      for (const u of staff) await addLinkedEntries(tx, u, [team.id]);
      const names = [...new Set(team.simulated ?? [])];
      if (names.length)
        await tx
          .insert(practitioners)
          .values(names.map((name) => ({ teamId: team.id, displayName: name, coviuName: name })))
          .onConflictDoNothing();
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(practitioners)
        .where(eq(practitioners.teamId, team.id));
      return row?.n ?? 0;
    });
  }
  return made;
}
