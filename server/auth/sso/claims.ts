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

/** The address the person is matched on at their first sign-in (Entra: the sign-in name when there is no email). */
export function claimedEmail(claims: SsoClaims): string | null {
  const candidate = [claims.email, claims.preferred_username].find(
    (v): v is string => typeof v === 'string' && v.includes('@'),
  );
  return candidate ? candidate.trim().toLowerCase() : null;
}

/** Only an explicit "not verified" refuses: Entra ID sends no email_verified at all. */
export function emailUnverified(claims: SsoClaims): boolean {
  return claims.email_verified === false || claims.email_verified === 'false';
}

/**
 * The provider ignored a request for a fresh sign-in: its sign-in is older than asked for, with
 * this much allowance for the time a person takes to type and for clocks.
 */
export const AUTH_TIME_ALLOWANCE_SECONDS = 600;

export function staleSignIn(claims: SsoClaims, maxAgeSeconds: number | null, nowSeconds: number): boolean {
  if (maxAgeSeconds === null || typeof claims.auth_time !== 'number') return false;
  return nowSeconds - claims.auth_time > maxAgeSeconds + AUTH_TIME_ALLOWANCE_SECONDS;
}
