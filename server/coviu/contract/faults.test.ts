import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF } from '../backoff';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import type { CoviuError } from '../errors';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

describe('the client under injected faults', () => {
  it('gets every idempotent read through 30% 500s and 429 bursts, within the backoff schedule', async () => {
    await t.coviu.waiting.calls(t.team.id); // token first, so the count below is only reads
    await t.control('POST', '/_sandbox/stats/reset');
    await t.control('PUT', '/_sandbox/faults', {
      errorRate: 0.3,
      rateLimit: { every: 12, length: 2, retryAfterSeconds: 1 },
      paths: ['/v1/waiting'],
    });
    const reads = 30;
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: reads }, () => t.coviu.waiting.calls(t.team.id)));
    const elapsed = Date.now() - started;
    await t.control('PUT', '/_sandbox/faults', {});
    expect(results).toHaveLength(reads);
    const sent = (await t.stats())['GET /v1/waiting/{teamId}']!;
    const faults = (await t.control<{ faultsInjected: number }>('GET', '/_sandbox/stats')).body.faultsInjected;
    expect(faults).toBeGreaterThan(0);
    // Each failure costs exactly one more attempt; nothing retries beyond its schedule.
    expect(sent).toBe(reads + faults);
    expect(sent).toBeLessThanOrEqual(reads * DEFAULT_BACKOFF.maxAttempts);
    // Some read met a 429 and waited the Retry-After second before trying again.
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
  });

  it('recovers from malformed bodies on reads', async () => {
    await t.control('PUT', '/_sandbox/faults', { malformedRate: 0.5, paths: ['/v1/waiting'] });
    const results = await Promise.all(Array.from({ length: 10 }, () => t.coviu.waiting.calls(t.team.id)));
    await t.control('PUT', '/_sandbox/faults', {});
    expect(results).toHaveLength(10);
  });

  it('sends a failing create exactly once and tells the caller', async () => {
    await t.coviu.waiting.calls(t.team.id);
    await t.control('POST', '/_sandbox/stats/reset');
    await t.control('PUT', '/_sandbox/faults', { errorRate: 1, paths: ['/v1/sessions'] });
    const error = (await t.coviu.sessions
      .create({ startTime: new Date(t.now() + MINUTE), endTime: new Date(t.now() + 2 * MINUTE) })
      .catch((e: unknown) => e)) as CoviuError;
    await t.control('PUT', '/_sandbox/faults', {});
    expect([error.code, error.retryable]).toEqual(['upstream_unavailable', true]);
    expect((await t.stats())['POST /v1/sessions']).toBe(1);
  });

  it('gives up on a hanging upstream after its timeout', async () => {
    await t.control('PUT', '/_sandbox/faults', { timeoutRate: 1, hangMs: 5_000, paths: ['/v1/waiting'] });
    const { createCoviuClient } = await import('../client');
    const impatient = createCoviuClient({
      baseUrl: t.sandbox.url,
      clientId: 'sandbox-client',
      clientSecret: 'sandbox-secret',
      timeoutMs: 200,
      backoff: { maxAttempts: 2, baseDelayMs: 10 },
    });
    const error = (await impatient.waiting.calls(t.team.id).catch((e: unknown) => e)) as CoviuError;
    await t.control('PUT', '/_sandbox/faults', {});
    expect(error.code).toBe('timeout');
  });
});
