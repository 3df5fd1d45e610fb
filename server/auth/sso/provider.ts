import 'server-only';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { TokenSet } from 'openid-client';
import { log } from '../../log';
import { claimedEmail, mergeClaims, needsUserinfo, type SsoClaims } from './claims';
import { freshnessParams, ssoConfig } from './config';

/** next-auth's id for the provider: it names the callback path, /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = 'oidc';

interface UserinfoClient {
  userinfo(tokens: TokenSet): Promise<Record<string, unknown>>;
}

/**
 * The ID token's claims, completed from userinfo when they do not say who the person is: a
 * provider that follows the standard strictly (Keycloak, oidc-provider) sends `email` only there.
 * openid-client checks that userinfo's `sub` is the ID token's.
 */
async function readClaims({ tokens, client }: { tokens: TokenSet; client: UserinfoClient }): Promise<SsoClaims> {
  const idClaims = tokens.claims() as SsoClaims;
  if (!needsUserinfo(idClaims) || !tokens.access_token) return idClaims;
  try {
    return mergeClaims(idClaims, await client.userinfo(tokens));
  } catch (error) {
    // Signing in then fails as "no email", with this line saying why.
    log.warn('single sign-on: the userinfo endpoint did not answer', {
      error: (error as Error).message?.slice(0, 200),
    });
    return idClaims;
  }
}

export function ssoProvider(): OAuthConfig<SsoClaims> | null {
  const config = ssoConfig();
  if (!config) return null;
  return {
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile', ...freshnessParams(config) } },
    // The token exchange validates the ID token; its claims are read in `userinfo` below.
    idToken: true,
    userinfo: { request: readClaims as never },
    checks: ['pkce', 'state', 'nonce'],
    profile(claims) {
      return {
        id: claims.sub,
        email: claimedEmail(claims) ?? '',
        name: typeof claims.name === 'string' ? claims.name : '',
      };
    },
  };
}
