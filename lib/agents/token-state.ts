import { MAX_TOKEN_DAYS, type AgentTokenView } from './scopes';

export type TokenState = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: it is what someone did, and says why the token stopped. */
export function tokenState(token: Pick<AgentTokenView, 'expiresAt' | 'revokedAt'>, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

/** Working tokens first (newest first within), then the ones that stopped: what a person acts on is on top. */
export function byState<T extends Pick<AgentTokenView, 'expiresAt' | 'revokedAt' | 'createdAt'>>(
  tokens: T[],
  now: number,
): T[] {
  const rank = (t: T) => (tokenState(t, now) === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** The day a token made now for `days` days stops working, as the form says it. */
export function expiryDate(days: number, now: number): Date | null {
  return Number.isInteger(days) && days >= 1 && days <= MAX_TOKEN_DAYS ? new Date(now + days * 86_400_000) : null;
}

/** Whole days left for a working token that stops within a week ("in 3 days"), else null: worth a word only then. */
export function endsSoon(expiresAt: string, now: number): number | null {
  const left = Date.parse(expiresAt) - now;
  return left > 0 && left <= 7 * 86_400_000 ? Math.ceil(left / 86_400_000) : null;
}
