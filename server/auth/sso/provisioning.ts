import 'server-only';
import type { AuditContext } from '../../audit';
import { isUniqueViolation } from '../../db/errors';
import { log } from '../../log';
import { createProvisionedUser, followProvidedAccess } from '../../staff/provisioned';
import { existingTeamIds, teamIdsOf } from '../../staff/users';
import type { SsoOutcome } from './accounts';
import type { SsoClaims } from './claims';
import { type MappedAccess, mappedAccess, type RoleMapping, sameAccess } from './role-mapping';

type UserRow = Extract<SsoOutcome, { user: unknown }>['user'];

/**
 * The access the claim gives, without clinics that do not exist here (yet): the configuration is
 * read without the database, so a mistyped or not-yet-added clinic is only found at sign-in. The
 * log names the clinic id, which is configuration, not the person.
 */
async function mappedHere(claims: SsoClaims, mapping: RoleMapping): Promise<MappedAccess | null> {
  const mapped = mappedAccess(claims, mapping);
  if (!mapped) return null;
  const existing = await existingTeamIds(mapped.teamIds);
  for (const teamId of mapped.teamIds.filter((t) => !existing.has(t)))
    log.warn('single sign-on: OIDC_ROLE_MAP names a clinic that does not exist; it is left out', { teamId });
  return { role: mapped.role, teamIds: mapped.teamIds.filter((t) => existing.has(t)) };
}

function displayName(claims: SsoClaims, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim().slice(0, 120) : '';
  return name || email;
}

/**
 * A first sign-in with no account: made when the claim maps to a role. Null when a parallel
 * sign-in (or an administrator) made the account or the binding a moment ago: resolve again.
 */
export async function provisionAccount(
  claims: SsoClaims,
  email: string,
  ctx: AuditContext,
  mapping: RoleMapping,
  nowSeconds: number,
): Promise<SsoOutcome | null> {
  const access = await mappedHere(claims, mapping);
  if (!access) return { refused: 'unknown_account', userId: null };
  try {
    const user = await createProvisionedUser(
      ctx,
      { email, name: displayName(claims, email), ...access },
      { issuer: claims.iss, subject: claims.sub, at: new Date(nowSeconds * 1000) },
    );
    return { user };
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * A later sign-in of an account the mapping made: its role and clinics follow the claim, and a
 * claim that no longer maps to a role refuses it (the organisation took the role away).
 */
export async function followClaim(
  user: UserRow,
  claims: SsoClaims,
  ctx: AuditContext,
  mapping: RoleMapping,
): Promise<SsoOutcome> {
  const access = await mappedHere(claims, mapping);
  if (!access) return { refused: 'no_role', userId: user.id };
  const current = { role: user.role, teamIds: await teamIdsOf(user.id) };
  if (sameAccess(current, access)) return { user };
  return { user: await followProvidedAccess(user, current, access, ctx) };
}
