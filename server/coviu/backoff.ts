import 'server-only';

export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total time a request may spend across attempts and waits. */
  budgetMs: number;
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseDelayMs: 250, maxDelayMs: 5_000, budgetMs: 15_000, maxAttempts: 6 };

/** "Full jitter": a uniform delay below an exponentially growing cap, so pollers do not stampede. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * cap);
}

/**
 * How long the server asked us to wait, from `Retry-After` (seconds or an HTTP date), the IETF
 * `RateLimit` header (`reset=` or `t=`), or `ratelimit-reset` / `x-ratelimit-reset` (seconds, or an
 * epoch timestamp when large). Null when the response says nothing usable.
 */
export function serverRequestedDelay(headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const trimmed = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
    const at = Date.parse(trimmed);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const structured = headers.get('ratelimit');
  if (structured) {
    const match = /(?:^|[;,\s])(?:reset|t)=(\d+(?:\.\d+)?)/i.exec(structured);
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  const reset = headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset');
  if (reset && /^\d+(\.\d+)?$/.test(reset.trim())) {
    const value = Number(reset.trim());
    // Some proxies send an epoch time instead of a delta; anything past 2001 in seconds is one.
    if (value > 1_000_000_000) return Math.max(0, value * 1000 - now);
    return Math.round(value * 1000);
  }
  return null;
}
