import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '@/lib/staff/roles';
import { audited, type AuditContext } from '../audit';
import { accessChanged } from '../auth/stream-recheck';
import { ssoIdentities, teamMemberships, users } from '../db/schema';
import { addLinkedEntries } from '../practitioners/seed';

// Accounts the clinic's identity provider gives (OIDC_ROLE_CLAIM, OIDC_ROLE_MAP): made at the
// person's first single sign-on and kept to the provider's claim at each one after. The person is
// the actor of their entries; `source` says the provider decided.

type UserRow = typeof users.$inferSelect;

export interface ProvisionedAccess {
  role: Role;
  teamIds: string[];
}

const SOURCE = 'single sign-on';

/**
 * Makes the account with no password (it signs in only through the provider) and binds it to the
 * provider's subject, with its clinics and, for a practitioner, its roster entries: one transaction,
 * so a failed sign-in leaves no account half made.
 */
export async function createProvisionedUser(
  ctx: AuditContext,
  person: { email: string; name: string } & ProvisionedAccess,
  identity: { issuer: string; subject: string; at: Date },
): Promise<UserRow> {
  // The id is chosen here so the creation's entry can name the person as its actor.
  const id = randomUUID();
  return audited(
    { ...ctx, actor: { id, email: person.email } },
    {
      action: 'user.create',
      resourceType: 'user',
      resourceId: id,
      changes: {
        source: SOURCE,
        issuer: identity.issuer,
        email: person.email,
        name: person.name,
        role: person.role,
        teamIds: person.teamIds,
      },
    },
    async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ id, email: person.email, name: person.name, role: person.role, passwordHash: null })
        .returning();
      if (person.teamIds.length)
        await tx.insert(teamMemberships).values(person.teamIds.map((teamId) => ({ userId: id, teamId })));
      if (person.role === 'practitioner') await addLinkedEntries(tx, row!, person.teamIds);
      await tx.insert(ssoIdentities).values({
        issuer: identity.issuer,
        subject: identity.subject,
        userId: id,
        provisioned: true,
        lastSignInAt: identity.at,
      });
      return row!;
    },
  );
}

/**
 * Gives a provisioned account the role and clinics the provider's claim gives now. A new role ends
 * the person's other sessions, as an administrator's change does; open streams re-check when
 * access was lost.
 */
export async function followProvidedAccess(
  user: UserRow,
  before: ProvisionedAccess,
  after: ProvisionedAccess,
  ctx: AuditContext,
): Promise<UserRow> {
  const roleChanged = before.role !== after.role;
  const addedTeams = after.teamIds.filter((t) => !before.teamIds.includes(t));
  const lostClinic = before.teamIds.some((t) => !after.teamIds.includes(t));
  const changes: Record<string, unknown> = { source: SOURCE };
  if (roleChanged) changes.role = after.role;
  if (addedTeams.length || lostClinic) changes.teamIds = after.teamIds;
  const row = await audited(
    { ...ctx, actor: { id: user.id, email: user.email } },
    { action: 'user.update', resourceType: 'user', resourceId: user.id, changes },
    async (tx) => {
      const [updated] = await tx
        .update(users)
        .set({
          role: after.role,
          sessionVersion: roleChanged ? sql`${users.sessionVersion} + 1` : undefined,
          updatedAt: new Date(),
        })
        .where(eq(users.id, user.id))
        .returning();
      if (changes.teamIds) {
        await tx.delete(teamMemberships).where(eq(teamMemberships.userId, user.id));
        if (after.teamIds.length)
          await tx.insert(teamMemberships).values(after.teamIds.map((teamId) => ({ userId: user.id, teamId })));
      }
      // A practitioner is on the rosters of their clinics (entries kept from before stay as they are).
      if (after.role === 'practitioner') await addLinkedEntries(tx, updated!, after.teamIds);
      return updated!;
    },
  );
  if (roleChanged || lostClinic) await accessChanged(user.id);
  return row;
}
