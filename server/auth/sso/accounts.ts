import 'server-only';
import { and, eq } from 'drizzle-orm';
import { audited, type AuditContext } from '../../audit';
import { db } from '../../db';
import { isUniqueViolation } from '../../db/errors';
import { ssoIdentities, users } from '../../db/schema';
import { findUserByEmail } from '../../staff/users';
import { claimedEmail, emailUnverified, type SsoClaims, staleSignIn } from './claims';
import type { SsoConfig } from './config';
import { followClaim, provisionAccount } from './provisioning';

type UserRow = typeof users.$inferSelect;

/** Why a single sign-on was refused; the audit's `changes.reason`, as for password sign-ins. */
export type SsoRefusal =
  'stale_sign_in' | 'no_email' | 'email_unverified' | 'unknown_account' | 'disabled' | 'linked_elsewhere' | 'no_role';

export type SsoOutcome = { user: UserRow } | { refused: SsoRefusal; userId: string | null };

/** What decides a sign-in besides the claims: how fresh it must be, and the role mapping if any. */
export type SsoPolicy = Pick<SsoConfig, 'maxAgeSeconds' | 'roleMapping'>;

const matchSubject = (claims: SsoClaims) =>
  and(eq(ssoIdentities.issuer, claims.iss), eq(ssoIdentities.subject, claims.sub));

async function boundIdentity(claims: SsoClaims): Promise<{ user: UserRow; provisioned: boolean } | null> {
  const [row] = await (
    await db()
  )
    .select({ user: users, provisioned: ssoIdentities.provisioned })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(matchSubject(claims));
  return row ?? null;
}

/** The account bound to this provider subject, if any. */
export async function boundUser(claims: SsoClaims): Promise<UserRow | null> {
  return (await boundIdentity(claims))?.user ?? null;
}

/**
 * Who a provider's sign-in is. Once bound, the provider's (issuer, subject) decides, whatever
 * email it now sends; before that, a verified email an administrator gave an account, which is
 * then bound to this subject (audited with the binding). With a role mapping, a verified email no
 * account has gets one when the claim maps to a role, and that account's role and clinics follow
 * the claim from then on; an administrator's accounts never do.
 */
export async function resolveSsoAccount(
  claims: SsoClaims,
  ctx: AuditContext,
  policy: SsoPolicy,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<SsoOutcome> {
  return resolve(claims, ctx, policy, nowSeconds, true);
}

async function resolve(
  claims: SsoClaims,
  ctx: AuditContext,
  policy: SsoPolicy,
  nowSeconds: number,
  mayCreate: boolean,
): Promise<SsoOutcome> {
  if (staleSignIn(claims, policy.maxAgeSeconds, nowSeconds)) return { refused: 'stale_sign_in', userId: null };
  const bound = await boundIdentity(claims);
  if (bound) {
    if (bound.user.disabledAt) return { refused: 'disabled', userId: bound.user.id };
    await (
      await db()
    )
      .update(ssoIdentities)
      .set({ lastSignInAt: new Date(nowSeconds * 1000) })
      .where(matchSubject(claims));
    if (bound.provisioned && policy.roleMapping) return followClaim(bound.user, claims, ctx, policy.roleMapping);
    return { user: bound.user };
  }
  const email = claimedEmail(claims);
  if (!email) return { refused: 'no_email', userId: null };
  if (emailUnverified(claims)) return { refused: 'email_unverified', userId: null };
  const user = await findUserByEmail(email);
  if (!user) {
    if (!policy.roleMapping || !mayCreate) return { refused: 'unknown_account', userId: null };
    const made = await provisionAccount(claims, email, ctx, policy.roleMapping, nowSeconds);
    // Made a moment ago by a parallel sign-in of the same person (or by an administrator): match it.
    return made ?? resolve(claims, ctx, policy, nowSeconds, false);
  }
  if (user.disabledAt) return { refused: 'disabled', userId: user.id };
  return bind(user, claims, ctx, nowSeconds);
}

async function bind(user: UserRow, claims: SsoClaims, ctx: AuditContext, nowSeconds: number): Promise<SsoOutcome> {
  try {
    await audited(
      { ...ctx, actor: { id: user.id, email: user.email } },
      { action: 'auth.sso_link', resourceType: 'user', resourceId: user.id, changes: { issuer: claims.iss } },
      (tx) =>
        tx.insert(ssoIdentities).values({
          issuer: claims.iss,
          subject: claims.sub,
          userId: user.id,
          lastSignInAt: new Date(nowSeconds * 1000),
        }),
    );
    return { user };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // This account is bound to another subject at this provider, or this subject was bound a
    // moment ago by a parallel sign-in: the binding decides.
    const nowBound = await boundUser(claims);
    return nowBound?.id === user.id ? { user } : { refused: 'linked_elsewhere', userId: user.id };
  }
}
