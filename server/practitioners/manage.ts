import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { NewPractitioner, PractitionerChanges } from '@/lib/practitioners/schemas';
import type { Availability } from '@/lib/practitioners/types';
import { audited, type AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { db } from '../db';
import { practitioners, teamMemberships, users } from '../db/schema';
import { HttpError } from '../errors';
import { rosterChanged } from '../waiting/wait-basis';

type Row = typeof practitioners.$inferSelect;

async function entry(teamId: string, id: string): Promise<Row> {
  const [row] = !z.uuid().safeParse(id).success
    ? []
    : await (
        await db()
      )
        .select()
        .from(practitioners)
        .where(and(eq(practitioners.teamId, teamId), eq(practitioners.id, id)));
  if (!row) throw new HttpError(404, 'practitioner_not_found', 'This practitioner is not on this clinic’s roster.');
  return row;
}

async function checkName(teamId: string, name: string, except?: string) {
  const [clash] = await (
    await db()
  )
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(
      and(
        eq(practitioners.teamId, teamId),
        sql`lower(${practitioners.displayName}) = lower(${name})`,
        except ? ne(practitioners.id, except) : undefined,
      ),
    );
  if (clash) throw new HttpError(409, 'name_taken', `This roster already has “${name}”. Choose another name.`);
}

/** A staff account may be linked when it is an active member of the team and on no other entry there. */
async function checkLink(teamId: string, userId: string, except?: string) {
  const database = await db();
  const [member] = await database
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .innerJoin(teamMemberships, and(eq(teamMemberships.userId, users.id), eq(teamMemberships.teamId, teamId)))
    .where(eq(users.id, userId));
  if (!member || member.disabledAt)
    throw new HttpError(400, 'unknown_user', 'Choose an active staff account of this clinic.');
  const [other] = await database
    .select({ name: practitioners.displayName })
    .from(practitioners)
    .where(
      and(
        eq(practitioners.teamId, teamId),
        eq(practitioners.userId, userId),
        except ? ne(practitioners.id, except) : undefined,
      ),
    );
  if (other)
    throw new HttpError(
      409,
      'already_linked',
      `That account is already linked to “${other.name}”. Unlink it there first.`,
    );
}

export async function addPractitioner(ctx: AuditContext, teamId: string, input: NewPractitioner) {
  await checkName(teamId, input.name);
  if (input.userId) await checkLink(teamId, input.userId);
  const added = await audited(
    ctx,
    (row: Row) => ({
      action: 'practitioner.create',
      resourceType: 'practitioner',
      resourceId: row.id,
      teamId,
      changes: { name: row.displayName, coviuName: row.coviuName, userId: row.userId },
    }),
    async (tx) => {
      const [row] = await tx
        .insert(practitioners)
        .values({ teamId, displayName: input.name, coviuName: input.coviuName ?? null, userId: input.userId ?? null })
        .returning();
      return row!;
    },
  );
  // Who is working feeds the expected waits: re-read them within seconds, not at the next 5-minute refresh.
  await rosterChanged(teamId);
  return added;
}

export async function changePractitioner(ctx: AuditContext, teamId: string, id: string, changes: PractitionerChanges) {
  const before = await entry(teamId, id);
  if (changes.name !== undefined) await checkName(teamId, changes.name, id);
  if (changes.userId) await checkLink(teamId, changes.userId, id);
  const recorded = {
    before: { name: before.displayName, coviuName: before.coviuName, userId: before.userId, active: before.active },
    after: changes,
  };
  const changed = await audited(
    ctx,
    { action: 'practitioner.update', resourceType: 'practitioner', resourceId: id, teamId, changes: recorded },
    async (tx) => {
      const [row] = await tx
        .update(practitioners)
        .set({
          displayName: changes.name,
          coviuName: changes.coviuName,
          userId: changes.userId,
          active: changes.active,
          updatedAt: new Date(),
        })
        .where(and(eq(practitioners.teamId, teamId), eq(practitioners.id, id)))
        .returning();
      return row!;
    },
  );
  await rosterChanged(teamId);
  return changed;
}

const DESK_ROLES = new Set(['receptionist', 'manager', 'admin']);

/**
 * Availability is set by the practitioner (their own entry) or by reception and managers: a
 * practitioner cannot mark a colleague away. Audited with the state before.
 */
export async function setAvailability(
  ctx: AuditContext,
  staff: Staff,
  teamId: string,
  id: string,
  availability: Availability,
) {
  const before = await entry(teamId, id);
  if (before.userId !== staff.id && !DESK_ROLES.has(staff.role))
    throw new HttpError(403, 'not_yours', 'You can set only your own availability; ask reception to change others’.');
  if (!before.active)
    throw new HttpError(
      409,
      'inactive',
      'This practitioner is no longer on the roster; a manager can reactivate them.',
    );
  const now = new Date();
  const set = await audited(
    ctx,
    {
      action: 'practitioner.availability',
      resourceType: 'practitioner',
      resourceId: id,
      teamId,
      changes: { before: before.availability, after: availability },
    },
    async (tx) => {
      await tx
        .update(practitioners)
        .set({ availability, availabilitySetBy: staff.id, availabilitySetAt: now, updatedAt: now })
        .where(and(eq(practitioners.teamId, teamId), eq(practitioners.id, id)));
      return { availability, setAt: now.toISOString() };
    },
  );
  await rosterChanged(teamId);
  return set;
}
