import 'server-only';
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { NewUser, UserChanges } from '@/lib/staff/schemas';
import { audited, type AuditContext } from '../audit';
import { hashPassword, temporaryPassword, temporaryUntil } from '../auth/passwords';
import { accessChanged } from '../auth/stream-recheck';
import type { StaffUser } from '@/lib/staff/types';
import { db } from '../db';
import { ssoIdentities, teamMemberships, teams, users } from '../db/schema';
import { isUniqueViolation } from '../db/errors';
import { HttpError } from '../errors';
import { addLinkedEntries } from '../practitioners/seed';
import { revokeTokensOf } from '../agents/tokens';

type UserRow = typeof users.$inferSelect;

function toStaffUser(u: UserRow, teamIds: string[], ssoLinkedAt: Date | null = null): StaffUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: u.disabledAt !== null,
    hasPassword: u.passwordHash !== null,
    teamIds,
    createdAt: u.createdAt.toISOString(),
    ssoLinkedAt: ssoLinkedAt?.toISOString() ?? null,
  };
}

async function ssoLinksOf(userIds: string[]): Promise<Map<string, Date>> {
  if (!userIds.length) return new Map();
  const rows = await (
    await db()
  )
    .select({ userId: ssoIdentities.userId, at: ssoIdentities.createdAt })
    .from(ssoIdentities)
    .where(inArray(ssoIdentities.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r.at]));
}

async function membershipsOf(userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!userIds.length) return map;
  const rows = await (await db()).select().from(teamMemberships).where(inArray(teamMemberships.userId, userIds));
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.teamId]);
  return map;
}

export async function listUsers(): Promise<StaffUser[]> {
  const rows = await (await db()).select().from(users).orderBy(asc(users.name));
  const ids = rows.map((r) => r.id);
  const [teamsOf, links] = await Promise.all([membershipsOf(ids), ssoLinksOf(ids)]);
  return rows.map((r) => toStaffUser(r, teamsOf.get(r.id) ?? [], links.get(r.id)));
}

export async function getUser(id: string): Promise<StaffUser | null> {
  const [row] = await (await db()).select().from(users).where(eq(users.id, id));
  if (!row) return null;
  const [teamsOf, links] = await Promise.all([membershipsOf([id]), ssoLinksOf([id])]);
  return toStaffUser(row, teamsOf.get(id) ?? [], links.get(id));
}

export async function findUserByEmail(email: string): Promise<UserRow | null> {
  const [row] = await (await db()).select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

/** A person's clinics. */
export async function teamIdsOf(userId: string): Promise<string[]> {
  return (await membershipsOf([userId])).get(userId) ?? [];
}

/** Which of these clinics exist. */
export async function existingTeamIds(teamIds: string[]): Promise<Set<string>> {
  if (!teamIds.length) return new Set();
  const rows = await (await db()).select({ id: teams.id }).from(teams).where(inArray(teams.id, teamIds));
  return new Set(rows.map((r) => r.id));
}

async function checkTeams(teamIds: string[]): Promise<void> {
  const found = await existingTeamIds(teamIds);
  const missing = teamIds.filter((id) => !found.has(id));
  if (missing.length)
    throw new HttpError(400, 'unknown_team', `No team with id ${missing.join(', ')}. Create the team first.`);
}

/** Creates an account; without a password given, returns a temporary one to hand over once. */
const emailTaken = () => new HttpError(409, 'email_taken', 'An account with that email already exists.');

export async function createUser(
  ctx: AuditContext,
  raw: NewUser,
): Promise<{ user: StaffUser; temporaryPassword: string | null }> {
  // Sign-in compares lower-cased emails, so every way in stores them so.
  const input = { ...raw, email: raw.email.trim().toLowerCase() };
  if (await findUserByEmail(input.email)) throw emailTaken();
  await checkTeams(input.teamIds);
  const generated = input.password ? null : temporaryPassword();
  const passwordHash = await hashPassword(input.password ?? generated!);
  const user = await audited(
    ctx,
    (u: StaffUser) => ({
      action: 'user.create',
      resourceType: 'user',
      resourceId: u.id,
      changes: { email: u.email, name: u.name, role: u.role, teamIds: u.teamIds },
    }),
    async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash,
          passwordTemporaryUntil: generated ? temporaryUntil() : null,
        })
        .returning();
      if (input.teamIds.length)
        await tx.insert(teamMemberships).values(input.teamIds.map((teamId) => ({ userId: row!.id, teamId })));
      // A new practitioner account is on its clinics' rosters at once (managers may rename or unlink).
      if (input.role === 'practitioner') await addLinkedEntries(tx, row!, input.teamIds);
      return toStaffUser(row!, input.teamIds);
    },
  ).catch((error: unknown) => {
    // Another create of this email passed the check above at the same moment.
    if (isUniqueViolation(error, 'users_email_unique')) throw emailTaken();
    throw error;
  });
  return { user, temporaryPassword: generated };
}

async function activeAdminsOtherThan(id: string): Promise<number> {
  const [row] = await (
    await db()
  )
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, id)));
  return row?.n ?? 0;
}

export async function updateUser(ctx: AuditContext, id: string, changes: UserChanges): Promise<StaffUser> {
  const before = await getUser(id);
  if (!before) throw new HttpError(404, 'user_not_found', 'No such user.');
  if (changes.teamIds) await checkTeams(changes.teamIds);
  const losesAdmin =
    before.role === 'admin' && ((changes.role && changes.role !== 'admin') || changes.disabled === true);
  if (losesAdmin && (await activeAdminsOtherThan(id)) === 0) {
    throw new HttpError(
      400,
      'last_admin',
      'This is the only active administrator. Make someone else an administrator first.',
    );
  }
  if (id === ctx.actor.id && changes.disabled === true) {
    throw new HttpError(400, 'self_disable', 'You cannot disable your own account.');
  }
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  // A new password, a lost role or a disabled account ends the person's other sessions.
  // So does unlinking single sign-on: a session from the replaced organisation account ends with it.
  const endSessions = Boolean(
    changes.password || changes.disabled || changes.unlinkSso || (changes.role && changes.role !== before.role),
  );
  const recorded: Record<string, unknown> = { ...changes };
  if (changes.password) recorded.password = 'changed';
  await audited(ctx, { action: 'user.update', resourceType: 'user', resourceId: id, changes: recorded }, async (tx) => {
    await tx
      .update(users)
      .set({
        name: changes.name,
        role: changes.role,
        passwordHash,
        // A password an administrator chose is handed over in person, not generated: not temporary.
        passwordTemporaryUntil: changes.password ? null : undefined,
        disabledAt: changes.disabled === undefined ? undefined : changes.disabled ? new Date() : null,
        sessionVersion: endSessions ? sql`${users.sessionVersion} + 1` : undefined,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    if (changes.password || changes.disabled === true) await revokeTokensOf(tx, id, ctx.actor.id);
    if (changes.unlinkSso) await tx.delete(ssoIdentities).where(eq(ssoIdentities.userId, id));
    if (changes.teamIds) {
      await tx.delete(teamMemberships).where(eq(teamMemberships.userId, id));
      if (changes.teamIds.length)
        await tx.insert(teamMemberships).values(changes.teamIds.map((teamId) => ({ userId: id, teamId })));
    }
  });
  // Committed: their open streams on every instance check now, and end if they lost access.
  const lostClinic = changes.teamIds && before.teamIds.some((t) => !changes.teamIds!.includes(t));
  if (endSessions || lostClinic) await accessChanged(id);
  return (await getUser(id))!;
}

// Admit, reassign and booking pick from the clinic's practitioner roster now.
export { practitionersByTeam } from '../practitioners/entries';

/** A person's own display choices; audited like every other staff action. */
export async function setPreferences(
  ctx: AuditContext,
  userId: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await audited(ctx, { action: 'user.preferences', resourceType: 'user', resourceId: userId, changes }, (tx) =>
    tx
      .update(users)
      .set({ preferences: sql`${users.preferences} || ${JSON.stringify(changes)}::jsonb` })
      .where(eq(users.id, userId)),
  );
}
