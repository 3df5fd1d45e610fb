import 'server-only';
import { and, eq } from 'drizzle-orm';
import { audited, type AuditContext } from '../../audit';
import { db } from '../../db';
import { isUniqueViolation } from '../../db/errors';
import { ssoIdentities, users } from '../../db/schema';
import { findUserByEmail } from '../../staff/users';
import { claimedEmail, emailUnverified, type SsoClaims, staleSignIn } from './claims';

type UserRow = typeof users.$inferSelect;

/** Why a single sign-on was refused; the audit's `changes.reason`, as for password sign-ins. */
export type SsoRefusal =
  'stale_sign_in' | 'no_email' | 'email_unverified' | 'unknown_account' | 'disabled' | 'linked_elsewhere';

export type SsoOutcome = { user: UserRow } | { refused: SsoRefusal; userId: string | null };

/** The account bound to this provider subject, if any. */
export async function boundUser(claims: SsoClaims): Promise<UserRow | null> {
  const [row] = await (
    await db()
  )
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.issuer, claims.iss), eq(ssoIdentities.subject, claims.sub)));
  return row?.user ?? null;
}

/**
 * Who a provider's sign-in is. Once bound, the provider's (issuer, subject) decides, whatever
 * email it now sends; before that, a verified email an administrator gave an account, which is
 * then bound to this subject (audited with the binding).
 */
export async function resolveSsoAccount(
  claims: SsoClaims,
  ctx: AuditContext,
  maxAgeSeconds: number | null,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<SsoOutcome> {
  if (staleSignIn(claims, maxAgeSeconds, nowSeconds)) return { refused: 'stale_sign_in', userId: null };
  const bound = await boundUser(claims);
  if (bound) {
    if (bound.disabledAt) return { refused: 'disabled', userId: bound.id };
    await (
      await db()
    )
      .update(ssoIdentities)
      .set({ lastSignInAt: new Date(nowSeconds * 1000) })
      .where(and(eq(ssoIdentities.issuer, claims.iss), eq(ssoIdentities.subject, claims.sub)));
    return { user: bound };
  }
  const email = claimedEmail(claims);
  if (!email) return { refused: 'no_email', userId: null };
  if (emailUnverified(claims)) return { refused: 'email_unverified', userId: null };
  const user = await findUserByEmail(email);
  if (!user) return { refused: 'unknown_account', userId: null };
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
