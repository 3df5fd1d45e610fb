// Pure: which claims Waitboard reads from a provider, and how the ID token and userinfo combine.

/** The claims Waitboard reads: the ID token's, completed from userinfo. */
export interface SsoClaims {
  iss: string;
  sub: string;
  email?: string;
  /** Entra ID sends none; some providers send the string "false". */
  email_verified?: boolean | string;
  preferred_username?: string;
  name?: string;
  auth_time?: number;
  iat?: number;
  [claim: string]: unknown;
}

/** Whether userinfo must be asked: the ID token alone does not say who the person is. */
export function needsUserinfo(idClaims: Partial<SsoClaims>): boolean {
  return typeof idClaims.email !== 'string' || idClaims.email === '';
}

/**
 * The ID token's claims win where both speak (they are signed and checked); userinfo fills the
 * gaps. `iss`, `sub` and `auth_time` come only from the ID token.
 */
export function mergeClaims(idClaims: SsoClaims, userinfo: Record<string, unknown> | null): SsoClaims {
  const merged: SsoClaims = { ...(userinfo ?? {}), ...stripUndefined(idClaims) } as SsoClaims;
  merged.iss = idClaims.iss;
  merged.sub = idClaims.sub;
  if (idClaims.auth_time === undefined) delete merged.auth_time;
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Entra ID's issuers: there the sign-in name (a tenant-managed UPN) stands in for a missing email. */
const ENTRA_ISSUER = /^https:\/\/login\.microsoftonline\.com\//;

/**
 * The address the person is matched on at their first sign-in. Only Entra's sign-in name may stand
 * in for `email`: elsewhere a username may be one the person chose, and `email_verified` does not
 * speak for it.
 */
export function claimedEmail(claims: SsoClaims): string | null {
  const candidates = ENTRA_ISSUER.test(claims.iss) ? [claims.email, claims.preferred_username] : [claims.email];
  const candidate = candidates.find((v): v is string => typeof v === 'string' && v.includes('@'));
  return candidate ? candidate.trim().toLowerCase() : null;
}

/** Only an explicit "not verified" refuses: Entra ID sends no email_verified at all. */
export function emailUnverified(claims: SsoClaims): boolean {
  return claims.email_verified === false || claims.email_verified === 'false';
}

/** Clock skew and the moment between the provider's sign-in and the token exchange. */
export const AUTH_TIME_ALLOWANCE_SECONDS = 120;

/**
 * The provider did not do the fresh sign-in asked for: its sign-in (`auth_time`) is older than
 * `max_age` when the ID token was issued (`iat`, the provider's own clock). When max_age was
 * sent, `auth_time` is required (OpenID Connect Core 3.1.3.7), so a token without it is refused.
 */
export function staleSignIn(claims: SsoClaims, maxAgeSeconds: number | null, nowSeconds: number): boolean {
  if (maxAgeSeconds === null) return false;
  if (typeof claims.auth_time !== 'number') return true;
  const issuedAt = typeof claims.iat === 'number' ? claims.iat : nowSeconds;
  return issuedAt - claims.auth_time > maxAgeSeconds + AUTH_TIME_ALLOWANCE_SECONDS;
}
