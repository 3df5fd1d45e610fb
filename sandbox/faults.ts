import type { Context, Next } from 'hono';
import { z } from 'zod';
import type { Random } from './random';

export const faultConfig = z
  .object({
    /** Added to every matching request, in real milliseconds. */
    latencyMs: z.number().min(0).max(60_000).default(0),
    latencyJitterMs: z.number().min(0).max(60_000).default(0),
    /** Share of requests answered with `errorStatus`. */
    errorRate: z.number().min(0).max(1).default(0),
    errorStatus: z.number().int().min(500).max(599).default(500),
    /** After every `every` requests, the next `length` get 429 with Retry-After. */
    rateLimit: z
      .object({
        every: z.number().int().min(1),
        length: z.number().int().min(1),
        retryAfterSeconds: z.number().min(0).max(3600).default(1),
        header: z.enum(['retry-after', 'ratelimit']).default('retry-after'),
      })
      .nullable()
      .default(null),
    /** Share of requests that hang for `hangMs` and then answer 504. */
    timeoutRate: z.number().min(0).max(1).default(0),
    hangMs: z.number().int().min(0).max(120_000).default(30_000),
    /**
     * Real milliseconds between handling a request and answering it: the change is made, the
     * answer is late (a reply lost to a crash or a cut connection happens in this window).
     */
    replyDelayMs: z.number().min(0).max(60_000).default(0),
    /** Share of successful JSON responses replaced by a truncated body. */
    malformedRate: z.number().min(0).max(1).default(0),
    /** Only paths starting with one of these are affected (all of /v1 when empty). */
    paths: z.array(z.string()).default([]),
  })
  .strict();

export type FaultConfig = z.infer<typeof faultConfig>;
export const NO_FAULTS: FaultConfig = faultConfig.parse({});

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export class Faults {
  config: FaultConfig = NO_FAULTS;
  injected = 0;
  private counter = 0;

  constructor(private readonly rng: Random) {}

  set(config: FaultConfig): void {
    this.config = config;
    this.counter = 0;
  }

  middleware() {
    return async (c: Context, next: Next) => {
      const f = this.config;
      const path = new URL(c.req.url).pathname;
      if (f.paths.length && !f.paths.some((p) => path.startsWith(p))) return next();
      if (f.latencyMs || f.latencyJitterMs) {
        await abortableSleep(f.latencyMs + this.rng.next() * f.latencyJitterMs, c.req.raw.signal);
      }
      if (f.rateLimit) {
        const position = this.counter++ % (f.rateLimit.every + f.rateLimit.length);
        if (position >= f.rateLimit.every) {
          this.injected++;
          const seconds = String(f.rateLimit.retryAfterSeconds);
          if (f.rateLimit.header === 'ratelimit') c.header('RateLimit', `limit=100, remaining=0, reset=${seconds}`);
          else c.header('Retry-After', seconds);
          return c.json({ error: { message: 'sandbox fault: rate limited' } }, 429);
        }
      }
      if (f.timeoutRate && this.rng.chance(f.timeoutRate)) {
        this.injected++;
        await abortableSleep(f.hangMs, c.req.raw.signal);
        return c.json({ error: { message: 'sandbox fault: gateway timeout' } }, 504);
      }
      if (f.errorRate && this.rng.chance(f.errorRate)) {
        this.injected++;
        if (f.errorStatus === 503) c.header('Retry-After', '1');
        return c.json({ error: { message: 'sandbox fault: server error' } }, f.errorStatus as 500);
      }
      await next();
      if (f.replyDelayMs) await abortableSleep(f.replyDelayMs, c.req.raw.signal);
      const type = c.res.headers.get('content-type') ?? '';
      if (f.malformedRate && c.res.status === 200 && type.includes('json') && this.rng.chance(f.malformedRate)) {
        this.injected++;
        c.res = new Response('{"truncated": [', { status: 200, headers: { 'content-type': 'application/json' } });
      }
    };
  }
}
