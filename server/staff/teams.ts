import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ManagedTeam, Team } from '@/lib/core/team';
import type { newQueue, newTeam, queueChanges, teamChanges } from '@/lib/staff/schemas';
import type { z } from 'zod';
import { audited, type AuditContext } from '../audit';
import { db } from '../db';
import { teams, waitingQueues } from '../db/schema';
import { HttpError } from '../errors';
import { teamSettingsChanged } from '../settings/store';

export async function listTeams(options: { ids?: string[]; includeArchived?: boolean } = {}): Promise<ManagedTeam[]> {
  if (options.ids && options.ids.length === 0) return [];
  const database = await db();
  const teamRows = await database
    .select()
    .from(teams)
    .where(options.ids ? inArray(teams.id, options.ids) : undefined)
    .orderBy(asc(teams.name));
  const queueRows = teamRows.length
    ? await database
        .select()
        .from(waitingQueues)
        .where(
          and(
            inArray(
              waitingQueues.teamId,
              teamRows.map((t) => t.id),
            ),
            options.includeArchived ? undefined : isNull(waitingQueues.archivedAt),
          ),
        )
        .orderBy(asc(waitingQueues.createdAt), asc(waitingQueues.name))
    : [];
  return teamRows.map((t) => ({
    id: t.id,
    name: t.name,
    timezone: t.timezone,
    queues: queueRows
      .filter((q) => q.teamId === t.id)
      .map((q) => ({ id: q.id, name: q.name, source: q.source, archived: q.archivedAt !== null })),
  }));
}

export async function findTeam(id: string): Promise<ManagedTeam | null> {
  return (await listTeams({ ids: [id] }))[0] ?? null;
}

/** The clinic, or the 404 every clinic-scoped operation answers when it is not set up. */
export async function requireTeam(id: string): Promise<ManagedTeam> {
  const team = await findTeam(id);
  if (!team) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  return team;
}

export async function createTeam(ctx: AuditContext, input: z.infer<typeof newTeam>): Promise<ManagedTeam> {
  if (await findTeam(input.id))
    throw new HttpError(409, 'team_exists', 'A team with that Coviu team id already exists.');
  await audited(
    ctx,
    { action: 'team.create', resourceType: 'team', resourceId: input.id, teamId: input.id, changes: input },
    (tx) => tx.insert(teams).values(input),
  );
  return (await findTeam(input.id))!;
}

export async function updateTeam(
  ctx: AuditContext,
  id: string,
  changes: z.infer<typeof teamChanges>,
): Promise<ManagedTeam> {
  await audited(
    ctx,
    { action: 'team.update', resourceType: 'team', resourceId: id, teamId: id, changes },
    async (tx) => {
      const updated = await tx
        .update(teams)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(teams.id, id))
        .returning({ id: teams.id });
      if (!updated.length) throw new HttpError(404, 'team_not_found', 'No such team.');
    },
  );
  await teamSettingsChanged(id);
  return (await findTeam(id))!;
}

export async function addQueue(
  ctx: AuditContext,
  teamId: string,
  input: z.infer<typeof newQueue>,
): Promise<ManagedTeam> {
  if (!(await findTeam(teamId))) throw new HttpError(404, 'team_not_found', 'No such team.');
  const [existing] = await (await db()).select().from(waitingQueues).where(eq(waitingQueues.id, input.id));
  if (existing) throw new HttpError(409, 'queue_exists', 'A waiting queue with that id already exists.');
  await audited(
    ctx,
    { action: 'queue.create', resourceType: 'waiting_queue', resourceId: input.id, teamId, changes: input },
    (tx) => tx.insert(waitingQueues).values({ ...input, teamId, source: 'configured' }),
  );
  return (await findTeam(teamId))!;
}

export async function updateQueue(
  ctx: AuditContext,
  teamId: string,
  queueId: string,
  changes: z.infer<typeof queueChanges>,
): Promise<ManagedTeam> {
  await audited(
    ctx,
    { action: 'queue.update', resourceType: 'waiting_queue', resourceId: queueId, teamId, changes },
    async (tx) => {
      const updated = await tx
        .update(waitingQueues)
        .set({
          name: changes.name,
          archivedAt: changes.archived === undefined ? undefined : changes.archived ? new Date() : null,
          updatedAt: new Date(),
        })
        .where(and(eq(waitingQueues.id, queueId), eq(waitingQueues.teamId, teamId)))
        .returning({ id: waitingQueues.id });
      // Inside the transaction: a queue removed meanwhile leaves no audit entry of a change.
      if (!updated.length) throw new HttpError(404, 'queue_not_found', 'No such waiting queue in this team.');
    },
  );
  return (await findTeam(teamId))!;
}

/** Teams and queues that upstream knows of and we do not yet: added, never overwriting names staff chose. */
export async function importTeams(found: Team[], source: 'configured' | 'discovered'): Promise<number> {
  const database = await db();
  let added = 0;
  for (const team of found) {
    const inserted = await database
      .insert(teams)
      .values({ id: team.id, name: team.name, timezone: team.timezone })
      .onConflictDoNothing()
      .returning();
    added += inserted.length;
    for (const q of team.queues) {
      const rows = await database
        .insert(waitingQueues)
        .values({ id: q.id, teamId: team.id, name: q.name, source })
        .onConflictDoNothing()
        .returning();
      added += rows.length;
    }
  }
  return added;
}

/**
 * Coviu cannot list queues, so a call in a queue we have not seen adds that queue, named by its id
 * until an admin renames it. Returns how many were new.
 */
export async function discoverQueues(team: ManagedTeam, queueIds: (string | null)[]): Promise<number> {
  const known = new Set(team.queues.map((q) => q.id));
  const unknown = [...new Set(queueIds.filter((id): id is string => Boolean(id) && !known.has(id!)))];
  if (!unknown.length) return 0;
  return importTeams(
    [
      {
        id: team.id,
        name: team.name,
        timezone: team.timezone,
        queues: unknown.map((id) => ({ id, name: `Queue ${id.slice(0, 8)}` })),
      },
    ],
    'discovered',
  );
}
