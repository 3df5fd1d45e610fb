import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '../db';
import { teamMemberships, users } from '../db/schema';

/** Each team's active staff accounts, which a manager may link to a roster entry. */
export async function teamMembers(teamIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const result = new Map<string, { id: string; name: string }[]>();
  if (!teamIds.length) return result;
  const rows = await (
    await db()
  )
    .select({ id: users.id, name: users.name, teamId: teamMemberships.teamId })
    .from(users)
    .innerJoin(teamMemberships, eq(teamMemberships.userId, users.id))
    .where(and(inArray(teamMemberships.teamId, teamIds), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
  for (const r of rows) result.set(r.teamId, [...(result.get(r.teamId) ?? []), { id: r.id, name: r.name }]);
  return result;
}
