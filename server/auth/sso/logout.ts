import 'server-only';
import { env } from '../../env';
import { log } from '../../log';
import type { SsoConfig } from './config';

const DISCOVERY_TTL_MS = 5 * 60_000;
let discovered: { issuer: string; endSession: string | null; at: number } | null = null;

/** The provider's end_session_endpoint from its discovery document (cached a few minutes). */
async function endSessionEndpoint(config: SsoConfig): Promise<string | null> {
  if (discovered?.issuer === config.issuer && Date.now() - discovered.at < DISCOVERY_TTL_MS)
    return discovered.endSession;
  try {
    const response = await fetch(`${config.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const endpoint = ((await response.json()) as { end_session_endpoint?: unknown }).end_session_endpoint;
    const endSession = typeof endpoint === 'string' && /^https?:\/\//.test(endpoint) ? endpoint : null;
    discovered = { issuer: config.issuer, endSession, at: Date.now() };
    return endSession;
  } catch (error) {
    log.warn('single sign-on: could not read the provider’s sign-out address', {
      error: (error as Error).message?.slice(0, 200),
    });
    return null;
  }
}

/** Where the provider sends the browser back to; register it with the provider as the post-logout redirect URI. */
export function postLogoutRedirectUri(): string {
  return new URL('/signin', env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`).toString();
}

/**
 * The provider's sign-out for the session just ended, or null where it has none. `state` carries
 * why (signed out, idle) back to the sign-in page, as RP-Initiated Logout returns it.
 */
export async function providerSignOutUrl(
  config: SsoConfig,
  idToken: string | null,
  reason: string | null,
): Promise<string | null> {
  const endpoint = await endSessionEndpoint(config);
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri());
  // Okta requires the hint; others use it to skip asking which account to sign out.
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  if (reason) url.searchParams.set('state', reason);
  return url.toString();
}
