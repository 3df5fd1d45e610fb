import 'server-only';
import { recordAudit } from '../../audit';
import { log } from '../../log';
import { authRequest } from '../auth-request';
import { claimedEmail, type SsoClaims } from './claims';
import { resolveSsoAccount, type SsoRefusal } from './accounts';
import { ssoConfig } from './config';

/** The sign-in page's message for each refusal (lib/staff/sign-in-messages.ts). */
const ERROR_CODES: Record<SsoRefusal, string> = {
  stale_sign_in: 'SsoStale',
  no_email: 'SsoNoEmail',
  email_unverified: 'SsoUnverified',
  unknown_account: 'SsoUnknown',
  disabled: 'SsoDisabled',
  linked_elsewhere: 'SsoLinkedElsewhere',
  no_role: 'SsoNoRole',
};

/**
 * next-auth's signIn callback for the provider: true to let the person in, or the sign-in page
 * with the reason. A refusal is audited like a failed password sign-in (with the address the
 * provider claimed, the client's address and browser) and logged for the administrator (reason
 * and account id, no personal data).
 */
export async function admitSsoSignIn(claims: SsoClaims): Promise<true | string> {
  const { client } = authRequest();
  const email = claimedEmail(claims);
  const ctx = { ...client, actor: { id: null, email } };
  let outcome: Awaited<ReturnType<typeof resolveSsoAccount>>;
  try {
    outcome = await resolveSsoAccount(claims, ctx, ssoConfig() ?? { maxAgeSeconds: null, roleMapping: null });
  } catch (error) {
    // next-auth would put the error's own words in the address bar: the page says it plainly instead.
    log.error('single sign-on could not be checked', { error: (error as Error)?.name ?? 'unknown' });
    return '/signin?error=Callback';
  }
  if ('user' in outcome) return true;
  await recordAudit(ctx, {
    action: 'auth.sign_in_failed',
    resourceType: 'session',
    resourceId: outcome.userId,
    changes: { provider: 'oidc', reason: outcome.refused },
  });
  log.warn('single sign-on refused', { reason: outcome.refused, userId: outcome.userId, issuer: claims.iss });
  return `/signin?error=${ERROR_CODES[outcome.refused]}`;
}
