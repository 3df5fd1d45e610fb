import 'server-only';
import { env, type Env } from '../../env';
import type { RoleMapping } from './role-mapping';

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Seconds; null when the provider decides how long its own sign-in lasts. */
  maxAgeSeconds: number | null;
  /** Accounts made and kept from a provider claim; null: only accounts an administrator added. */
  roleMapping: RoleMapping | null;
}

/** Single sign-on is on when the issuer and the client's credentials are all set. */
export function ssoConfig(e: Env = env()): SsoConfig | null {
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: e.OIDC_ISSUER.replace(/\/$/, ''),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    name: e.OIDC_NAME,
    maxAgeSeconds: e.OIDC_MAX_AGE_MINUTES === 'none' ? null : e.OIDC_MAX_AGE_MINUTES * 60,
    roleMapping: e.OIDC_ROLE_CLAIM && e.OIDC_ROLE_MAP ? { claim: e.OIDC_ROLE_CLAIM, map: e.OIDC_ROLE_MAP } : null,
  };
}

/**
 * The authorisation request's freshness parameters. max_age=0 with prompt=login is what makes a
 * shared reception computer ask the next person for their own credentials, even while the
 * previous person's session at the provider is still alive.
 */
export function freshnessParams(config: SsoConfig): Record<string, string> {
  if (config.maxAgeSeconds === null) return {};
  return config.maxAgeSeconds === 0 ? { prompt: 'login', max_age: '0' } : { max_age: String(config.maxAgeSeconds) };
}
