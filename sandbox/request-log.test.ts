import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';

interface Logged {
  now: number;
  requests: { at: number; method: string; path: string; client: string | null }[];
}

describe('the request log (failover benchmarks time the first poll after a kill)', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox();
  });
  afterAll(() => t.sandbox.close());

  it('lists Coviu API requests with their arrival times, after a given moment and under a path', async () => {
    const before = Date.now() - 1;
    await t.coviu.waiting.calls(t.team.id);
    const other = t.sandbox.ctx.store.teams[1]!;
    await t.coviu.waiting.calls(other.id);
    const after = Date.now();
    const log = (await t.control<Logged>('GET', `/_sandbox/requests?since=${before}&path=/v1/waiting/`)).body;
    expect(log.requests.map((r) => r.path)).toEqual([`/v1/waiting/${t.team.id}`, `/v1/waiting/${other.id}`]);
    for (const r of log.requests) {
      expect(r.method).toBe('GET');
      // Both with the client's one token, never the token itself.
      expect(r.client).toMatch(/^[0-9a-f]{8}$/);
      expect(r.client).toBe(log.requests[0]!.client);
      expect(r.at).toBeGreaterThan(before);
      expect(r.at).toBeLessThanOrEqual(after);
    }
    // The token request went to /v1/auth, outside the path asked for; control requests are never logged.
    const all = (await t.control<Logged>('GET', `/_sandbox/requests?since=${before}`)).body.requests;
    expect(all.some((r) => r.path.startsWith('/v1/auth'))).toBe(true);
    expect(all.some((r) => r.path.startsWith('/_sandbox'))).toBe(false);
    const later = (await t.control<Logged>('GET', `/_sandbox/requests?since=${log.now}`)).body.requests;
    expect(later).toEqual([]);
  });

  it('is emptied with the counters', async () => {
    await t.coviu.waiting.calls(t.team.id);
    await t.control('POST', '/_sandbox/stats/reset');
    expect((await t.control<Logged>('GET', '/_sandbox/requests')).body.requests).toEqual([]);
  });
});
