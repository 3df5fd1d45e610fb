import 'server-only';
import type { ZodType } from 'zod';
import { cleanDeep } from '@/lib/core/text';
import { log } from '../log';
import { backoffDelay, type BackoffPolicy, DEFAULT_BACKOFF, serverRequestedDelay } from './backoff';
import { classifyBadRequest, CoviuError, type CoviuErrorCode } from './errors';
import { sanitise, type TokenManager } from './token-manager';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestSpec {
  /** Stable name for logs and errors, e.g. `getSession`. */
  operation: string;
  method: HttpMethod;
  /** Path template such as `/v1/sessions/{session_id}`; logs show the template, never the values. */
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Statuses besides 2xx that the caller handles itself (206/416 on binary reads). */
  passStatuses?: number[];
}

interface TransportOptions {
  baseUrl: string;
  tokens: TokenManager;
  fetch?: typeof fetch;
  timeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const MAX_ERROR_BODY = 4_096;

/**
 * Every Coviu request goes through here: bearer token, per-attempt timeout, one re-auth on 401,
 * and for idempotent methods (GET, PUT, DELETE) retries with jittered exponential backoff that
 * honours Retry-After / RateLimit headers, all within one time budget.
 *
 * POST is never retried after it may have reached Coviu, because Coviu has no idempotency keys
 * (API-NOTES §5): a create that timed out may still have happened. Callers recover by listing
 * (for example sessions filtered by start time and name) before creating again.
 */
export class Transport {
  private readonly fetchImpl: typeof fetch;
  private readonly policy: BackoffPolicy;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: TransportOptions) {
    this.fetchImpl = options.fetch ?? fetch;
    this.policy = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.timeoutMs = options.timeoutMs ?? 8_000;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  async json<T>(spec: RequestSpec, schema: ZodType<T>): Promise<T> {
    return this.send(spec, async (response) => {
      const text = await response.text();
      let body: unknown;
      try {
        body = text.length ? JSON.parse(text) : null;
      } catch {
        throw new CoviuError('invalid_response', { operation: spec.operation, status: response.status });
      }
      // Coviu's text (a caller's name, a session's) may hold NUL or a lone surrogate, which the
      // database refuses: cleaned here, at the edge, so no later write fails after Coviu acted.
      const parsed = schema.safeParse(cleanDeep(body));
      if (!parsed.success) {
        // Paths only: the values may be patient data.
        const where = parsed.error.issues.slice(0, 5).map((i) => i.path.join('.') || '(root)');
        log.warn('coviu response did not match its schema', { op: spec.operation, paths: where.join(',') });
        throw new CoviuError('invalid_response', { operation: spec.operation, status: response.status });
      }
      return parsed.data;
    });
  }

  /** The response itself, body unread, for streaming binary content. */
  async stream(spec: RequestSpec): Promise<Response> {
    return this.send(spec, async (response) => response);
  }

  private async send<T>(spec: RequestSpec, handle: (response: Response) => Promise<T>): Promise<T> {
    const idempotent = spec.method !== 'POST';
    const started = this.now();
    const deadline = started + this.policy.budgetMs;
    const url = this.url(spec);
    let reauthenticated = false;

    for (let attempt = 0; ; attempt++) {
      const accessToken = await this.options.tokens.getToken();
      const attemptStart = this.now();
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method: spec.method,
          headers: {
            accept: 'application/json',
            ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...spec.headers,
            authorization: `Bearer ${accessToken}`,
          },
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          signal: this.signalFor(spec),
        });
      } catch (cause) {
        if (spec.signal?.aborted) throw new CoviuError('aborted', { operation: spec.operation });
        const code: CoviuErrorCode = (cause as Error)?.name === 'TimeoutError' ? 'timeout' : 'upstream_unavailable';
        if (idempotent && (await this.waitBeforeRetry(spec, attempt, deadline, null, code))) continue;
        throw this.fail(new CoviuError(code, { operation: spec.operation, cause: sanitise(cause) }));
      }

      log.debug('coviu request', {
        op: spec.operation,
        method: spec.method,
        path: spec.path,
        status: response.status,
        ms: this.now() - attemptStart,
        attempt,
      });

      if (response.ok || spec.passStatuses?.includes(response.status)) {
        try {
          return await handle(response);
        } catch (error) {
          const retryable = error instanceof CoviuError && error.code === 'invalid_response' && idempotent;
          if (retryable && (await this.waitBeforeRetry(spec, attempt, deadline, null, 'invalid_response'))) continue;
          throw this.fail(error);
        }
      }

      if (response.status === 401) {
        await discard(response);
        if (!reauthenticated) {
          // A 401 is refused before any work is done, so even a POST may be sent again once.
          reauthenticated = true;
          this.options.tokens.invalidate(accessToken);
          continue;
        }
        // A fresh token that still gets 401 means the item is hidden from us: Coviu answers a
        // cancelled session this way (API-NOTES §2.1).
        throw this.fail(new CoviuError('not_found', { operation: spec.operation, status: 401 }));
      }

      if (response.status === 429 || response.status >= 500) {
        const requested = serverRequestedDelay(response.headers, Date.now());
        await discard(response);
        const code: CoviuErrorCode = response.status === 429 ? 'rate_limited' : 'upstream_unavailable';
        if (idempotent && (await this.waitBeforeRetry(spec, attempt, deadline, requested, code, response.status))) {
          continue;
        }
        throw this.fail(
          new CoviuError(code, { operation: spec.operation, status: response.status, retryAfterMs: requested }),
        );
      }

      throw this.fail(await clientError(spec.operation, response));
    }
  }

  private async waitBeforeRetry(
    spec: RequestSpec,
    attempt: number,
    deadline: number,
    requestedMs: number | null,
    code: CoviuErrorCode,
    status?: number,
  ): Promise<boolean> {
    if (attempt + 1 >= this.policy.maxAttempts) return false;
    const delay = requestedMs ?? backoffDelay(attempt, this.policy, this.random);
    if (this.now() + delay >= deadline) return false;
    log.info('coviu retry', { op: spec.operation, code, status, attempt, delayMs: delay });
    await this.sleep(delay);
    return !spec.signal?.aborted;
  }

  private fail(error: unknown): unknown {
    if (error instanceof CoviuError) {
      log.warn('coviu request failed', { op: error.operation, code: error.code, status: error.status });
    }
    return error;
  }

  private signalFor(spec: RequestSpec): AbortSignal {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    return spec.signal ? AbortSignal.any([timeout, spec.signal]) : timeout;
  }

  private url(spec: RequestSpec): string {
    const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = spec.params?.[name];
      if (value === undefined) throw new Error(`missing path parameter ${name} for ${spec.operation}`);
      return encodeURIComponent(value);
    });
    const url = new URL(path, `${this.options.baseUrl}/`);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

async function clientError(operation: string, response: Response): Promise<CoviuError> {
  const upstreamMessage = await readUpstreamMessage(response);
  const status = response.status;
  const code: CoviuErrorCode =
    status === 400
      ? classifyBadRequest(upstreamMessage)
      : status === 403
        ? 'forbidden'
        : status === 404 || status === 410
          ? 'not_found'
          : status === 416
            ? 'range_not_satisfiable'
            : 'validation';
  return new CoviuError(code, { operation, status, upstreamMessage });
}

/** Coviu's SDKs read `{error:{message}}`; error bodies may also not be JSON at all (API-NOTES §5). */
async function readUpstreamMessage(response: Response): Promise<string | null> {
  const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY);
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    if (typeof body.error === 'object' && typeof body.error?.message === 'string') return body.error.message;
    if (typeof body.error === 'string') return body.error;
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON
  }
  return null;
}
