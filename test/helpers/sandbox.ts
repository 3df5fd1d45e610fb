import { createCoviuClient } from '@/server/coviu/client';
import type { SandboxOptions } from '@/sandbox/options';
import { startSandbox } from '@/sandbox/server';

/**
 * A real sandbox over HTTP on a free port, frozen in time and with the clinic simulation off, so
 * a test moves the world itself (control API, clock). The client is the production client.
 */
export async function startTestSandbox(options: Partial<SandboxOptions> = {}) {
  const sandbox = await startSandbox({ simulate: false, timeScale: 0, ...options });
  const coviu = createCoviuClient({
    baseUrl: sandbox.url,
    clientId: 'sandbox-client',
    clientSecret: 'sandbox-secret',
    backoff: { baseDelayMs: 20, maxDelayMs: 200 },
  });
  async function control<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
  const team = sandbox.ctx.store.teams[0]!;
  return {
    sandbox,
    coviu,
    control,
    team,
    now: () => sandbox.ctx.clock.now(),
    /** A moment relative to the sandbox's clock. */
    at: (offsetMs: number) => new Date(sandbox.ctx.clock.now() + offsetMs),
    advance: (ms: number) => control('POST', '/_sandbox/clock', { advanceMs: ms }),
    stats: async () => (await control<{ requests: Record<string, number> }>('GET', '/_sandbox/stats')).body.requests,
  };
}

export type TestSandbox = Awaited<ReturnType<typeof startTestSandbox>>;

export const MINUTE = 60_000;

/** The stable code of the CoviuError a call failed with (undefined if it did not fail). */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return ((await promise.catch((e: unknown) => e)) as { code?: string }).code;
}
