import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatClinicTime } from '@/lib/core/clinic-time';
import { byAvailability, countAvailable, deriveConsult, effectiveAvailability } from '@/lib/practitioners/availability';
import type { RosterPractitioner, RosterResponse } from '@/lib/practitioners/types';
import { db } from '../db';
import { practitioners, teams, users } from '../db/schema';
import { HttpError } from '../errors';
import { type ConsultsNow, consultsNow } from './consults-now';

const setter = alias(users, 'setter');

/** A team's roster, every entry (inactive too), with each one's availability now. */
export async function loadRoster(
  teamId: string,
  now = new Date(),
  sources: (teamId: string, now: Date) => Promise<ConsultsNow> = consultsNow,
): Promise<RosterResponse> {
  const database = await db();
  const [team] = await database.select().from(teams).where(eq(teams.id, teamId));
  if (!team) throw new HttpError(404, 'team_not_found', 'No such team.');
  const rows = await database
    .select({ p: practitioners, userName: users.name, setByName: setter.name })
    .from(practitioners)
    .leftJoin(users, eq(users.id, practitioners.userId))
    .leftJoin(setter, eq(setter.id, practitioners.availabilitySetBy))
    .where(eq(practitioners.teamId, teamId))
    .orderBy(asc(practitioners.displayName));
  const { admissions, sessions } = await sources(teamId, now);
  const time = (iso: string) => formatClinicTime(iso, team.timezone);
  const list: RosterPractitioner[] = rows.map(({ p, userName, setByName }) => {
    const derived = p.active ? deriveConsult(p.id, admissions, sessions, time) : null;
    return {
      id: p.id,
      name: p.displayName,
      coviuName: p.coviuName,
      userId: p.userId,
      userName,
      active: p.active,
      availability: effectiveAvailability(p.availability, derived),
      manual: { state: p.availability, setBy: setByName, setAt: p.availabilitySetAt?.toISOString() ?? null },
      derived,
    };
  });
  return { teamId, teamName: team.name, practitioners: byAvailability(list) };
}

/**
 * How many of the team's active practitioners are available now: set available by hand and not
 * known to be in a consult (an open admission to them, or a session they host on now). For the
 * expected-wait estimate and the console header. 0 for an unknown team.
 */
export async function availablePractitionerCount(
  teamId: string,
  now: Date = new Date(),
  sources: (teamId: string, now: Date) => Promise<ConsultsNow> = consultsNow,
): Promise<number> {
  const roster = await loadRoster(teamId, now, sources).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  });
  return roster ? countAvailable(roster.practitioners).available : 0;
}

/** The entry a staff account is linked to in this team, if any. */
export async function entryOfUser(teamId: string, userId: string) {
  const [row] = await (
    await db()
  )
    .select()
    .from(practitioners)
    .where(and(eq(practitioners.teamId, teamId), eq(practitioners.userId, userId)));
  return row ?? null;
}
