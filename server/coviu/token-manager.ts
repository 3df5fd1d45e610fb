import 'server-only';
import { log } from '../log';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import { CoviuError } from './errors';
import { token as tokenSchema, type WireToken } from './wire/common';

interface TokenManagerOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Grant {
  accessToken: string;
  refreshToken: string | null;
  obtainedAt: number;
  expiresAt: number;
  refreshAt: number;
}

const EXPIRY_SKEW_MS = 5_000;
const TOKEN_ATTEMPTS = 3;

/**
 * Client-credentials tokens, cached and shared by every caller in the process. Like Coviu's own
 * SDKs it refreshes at half of `expires_in`; between half-life and expiry callers keep the current
 * token while one background refresh runs. Concurrent callers share one request (single-flight).
 */
export class TokenManager {
  private grant: Grant | null = null;
  private inflight: Promise<Grant> | null = null;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TokenManagerOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async getToken(): Promise<string> {
    const grant = this.grant;
    const now = this.now();
    if (grant && now < grant.expiresAt - EXPIRY_SKEW_MS) {
      if (now >= grant.refreshAt) void this.renew().catch(() => undefined);
      return grant.accessToken;
    }
    return (await this.renew()).accessToken;
  }

  /** After a 401: forget this token (unless another caller already replaced it). */
  invalidate(accessToken: string): void {
    if (this.grant?.accessToken === accessToken) this.grant = null;
  }

  private renew(): Promise<Grant> {
    if (!this.inflight) {
      this.inflight = this.obtain().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async obtain(): Promise<Grant> {
    const refreshToken = this.grant?.refreshToken;
    if (refreshToken) {
      try {
        return this.store(await this.request({ grant_type: 'refresh_token', refresh_token: refreshToken }));
      } catch (error) {
        // A rejected refresh token is not fatal: the client credentials still work.
        log.warn('coviu token refresh failed; using client credentials', { code: (error as CoviuError).code });
      }
    }
    return this.store(await this.request({ grant_type: 'client_credentials' }));
  }

  private store(wire: WireToken): Grant {
    const obtainedAt = this.now();
    const lifetimeMs = wire.expires_in * 1000;
    this.grant = {
      accessToken: wire.access_token,
      // Refresh tokens rotate (API-NOTES §1.2): always keep the newest.
      refreshToken: wire.refresh_token ?? this.grant?.refreshToken ?? null,
      obtainedAt,
      expiresAt: obtainedAt + lifetimeMs,
      refreshAt: obtainedAt + lifetimeMs / 2,
    };
    return this.grant;
  }

  private async request(form: Record<string, string>): Promise<WireToken> {
    const operation = 'token';
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64');
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(`${this.options.baseUrl}/v1/auth/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${basic}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams(form).toString(),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 8_000),
        });
      } catch (cause) {
        if (attempt + 1 < TOKEN_ATTEMPTS) {
          await this.sleep(backoffDelay(attempt, DEFAULT_BACKOFF, this.random));
          continue;
        }
        const timedOut = (cause as Error)?.name === 'TimeoutError';
        throw new CoviuError(timedOut ? 'timeout' : 'upstream_unavailable', { operation, cause: sanitise(cause) });
      }
      if (response.ok) {
        const parsed = tokenSchema.safeParse(await response.json().catch(() => null));
        if (parsed.success) return parsed.data;
        throw new CoviuError('invalid_response', { operation, status: response.status });
      }
      await response.body?.cancel().catch(() => undefined);
      if ((response.status >= 500 || response.status === 429) && attempt + 1 < TOKEN_ATTEMPTS) {
        await this.sleep(backoffDelay(attempt, DEFAULT_BACKOFF, this.random));
        continue;
      }
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        throw new CoviuError('unauthorized', { operation, status: response.status });
      }
      throw new CoviuError(response.status === 429 ? 'rate_limited' : 'upstream_unavailable', {
        operation,
        status: response.status,
      });
    }
  }
}

/** Network errors can carry the request's headers; keep only the kind of failure. */
export function sanitise(cause: unknown): Error {
  const error = cause as Error | undefined;
  return new Error(`${error?.name ?? 'Error'}: network request failed`);
}
