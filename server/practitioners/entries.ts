import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Db } from '../db';
import { practitioners } from '../db/schema';
import { HttpError } from '../errors';

/** A roster entry as admissions, hosts and names refer to it. */
export interface PractitionerRef {
  id: string;
  name: string;
  userId: string | null;
}

/** Active roster entries of each team, for pages that pick one (admit, reassign, book, add a host). */
export async function practitionersByTeam(teamIds: string[]): Promise<Map<string, PractitionerRef[]>> {
  const result = new Map<string, PractitionerRef[]>();
  if (!teamIds.length) return result;
  const rows = await (
    await db()
  )
    .select()
    .from(practitioners)
    .where(and(inArray(practitioners.teamId, teamIds), eq(practitioners.active, true)))
    .orderBy(asc(practitioners.displayName));
  for (const r of rows)
    result.set(r.teamId, [...(result.get(r.teamId) ?? []), { id: r.id, name: r.displayName, userId: r.userId }]);
  return result;
}

/** An active entry of this team's roster, or a 400 that says to pick from it. */
export async function rosterEntry(teamId: string, id: string): Promise<PractitionerRef> {
  const [row] = await (
    await db()
  )
    .select()
    .from(practitioners)
    .where(and(eq(practitioners.teamId, teamId), eq(practitioners.id, id)));
  if (!row || !row.active)
    throw new HttpError(400, 'not_a_practitioner', 'Choose a practitioner from this clinic’s roster.');
  return { id: row.id, name: row.displayName, userId: row.userId };
}

/**
 * Names (and linked accounts) of roster entries, active or not, keyed `teamId:id`: stored
 * admissions keep naming the person after they leave the roster.
 */
export async function rosterRefs(
  teamIds: string[],
  ids: string[],
  executor?: Pick<Db, 'select'>,
): Promise<Map<string, PractitionerRef>> {
  if (!teamIds.length || !ids.length) return new Map();
  const rows = await (executor ?? (await db()))
    .select()
    .from(practitioners)
    .where(and(inArray(practitioners.teamId, teamIds), inArray(practitioners.id, ids)));
  return new Map(rows.map((r) => [`${r.teamId}:${r.id}`, { id: r.id, name: r.displayName, userId: r.userId }]));
}
