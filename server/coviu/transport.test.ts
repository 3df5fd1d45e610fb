import { describe, expect, it } from 'vitest';
import { fakeCoviu, json, noSleep, type Scripted } from '@/test/helpers/fake-coviu';
import { createCoviuClient } from './client';
import { CoviuError } from './errors';

const TEAM = '7d1c0a52-6a1f-4d1e-9a55-1b5f5c0f1a01';
const CALL = {
  callId: 'c0ffee00-0000-4000-8000-000000000001',
  teamId: TEAM,
  peerId: 'peer-1',
  callType: 'video',
  joinedAt: '2026-11-21T09:00:00.000Z',
  lastActivityAt: '2026-11-21T09:00:00.000Z',
  details: JSON.stringify({ name: 'Jane Citizen', phone: '0400 000 000', medicare: '2123 45670 1' }),
};

function client(responses: Scripted[], opts: { budgetMs?: number; random?: () => number } = {}) {
  const fake = fakeCoviu({ responses });
  const timing = noSleep();
  const coviu = createCoviuClient({
    baseUrl: 'http://coviu.test',
    clientId: 'id',
    clientSecret: 'secret',
    fetch: fake.fetch,
    sleep: timing.sleep,
    random: opts.random ?? (() => 0.5),
    backoff: { budgetMs: opts.budgetMs ?? 60_000 },
  });
  return { coviu, fake, waits: timing.waits };
}

describe('Transport', () => {
  it('sends the bearer token and parses camelCase calls into domain calls', async () => {
    const { coviu, fake } = client([json([CALL])]);
    const [call] = await coviu.waiting.calls(TEAM);
    expect(fake.seen[0]!.headers.get('authorization')).toBe('Bearer access-1');
    expect(fake.seen[0]!.url).toBe(`http://coviu.test/v1/waiting/${TEAM}`);
    expect(call!.status).toBe('waiting');
    expect(call!.patient.name).toBe('Jane Citizen');
  });

  it('cleans NUL and lone surrogates out of what Coviu sends, details included', async () => {
    const hostile = {
      ...CALL,
      peerId: 'peer\u0000',
      details: JSON.stringify({ name: 'Jane\u0000 Citizen\ud800', phone: '\u0000' }),
    };
    const { coviu } = client([json([hostile])]);
    const [call] = await coviu.waiting.calls(TEAM);
    expect(call!.patient.name).toBe('Jane Citizen\ufffd');
    expect(JSON.stringify(call)).not.toMatch(/\\u0000|\\ud800/);
  });

  it('on 401 re-authenticates once and retries once', async () => {
    const { coviu, fake } = client([json({}, 401), json([CALL])]);
    await coviu.waiting.calls(TEAM);
    expect(fake.tokenRequests).toHaveLength(2);
    expect(fake.seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('treats a second 401 with a fresh token as "no longer visible" (Coviu hides cancelled sessions so)', async () => {
    const { coviu, fake } = client([json({}, 401), json({}, 401)]);
    const error = (await coviu.sessions.get('s-1').catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('not_found');
    expect(fake.seen).toHaveLength(2);
  });

  it('honours Retry-After on 429 before retrying a GET', async () => {
    const { coviu, fake, waits } = client([json({}, 429, { 'retry-after': '2' }), json([CALL])]);
    await coviu.waiting.calls(TEAM);
    expect(waits).toEqual([2_000]);
    expect(fake.seen).toHaveLength(2);
  });

  it('honours ratelimit-reset on 503', async () => {
    const { coviu, waits } = client([json({}, 503, { 'ratelimit-reset': '4' }), json([CALL])]);
    await coviu.waiting.calls(TEAM);
    expect(waits).toEqual([4_000]);
  });

  it('backs off exponentially with jitter on 5xx and network errors, then gives up', async () => {
    const failures: Scripted[] = [
      json({}, 500),
      new TypeError('fetch failed'),
      json({}, 502),
      json({}, 500),
      json({}, 500),
      json({}, 500),
    ];
    const { coviu, fake, waits } = client(failures, { random: () => 0.999 });
    const error = (await coviu.waiting.calls(TEAM).catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('upstream_unavailable');
    expect(error.retryable).toBe(true);
    expect(fake.seen).toHaveLength(6);
    expect(waits).toEqual([249, 499, 999, 1_998, 3_996]);
  });

  it('stops when a requested wait would overrun the budget, saying when to retry', async () => {
    const { coviu, fake, waits } = client([json({}, 429, { 'retry-after': '30' })], { budgetMs: 10_000 });
    const error = (await coviu.waiting.calls(TEAM).catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(30_000);
    expect(fake.seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('never retries a POST that may have reached Coviu', async () => {
    for (const failure of [json({}, 500), new TypeError('fetch failed'), json({}, 503, { 'retry-after': '1' })]) {
      const { coviu, fake } = client([failure]);
      const error = await coviu.sessions
        .create({ startTime: new Date(Date.now() + 60_000), endTime: new Date(Date.now() + 120_000) })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CoviuError);
      expect(fake.seen).toHaveLength(1);
    }
  });

  it('retries a GET whose body is malformed, and reports invalid_response if it stays so', async () => {
    const bad = () => new Response('{"callId": [', { status: 200 });
    const ok = client([bad(), json([CALL])]);
    expect(await ok.coviu.waiting.calls(TEAM)).toHaveLength(1);
    const never = client(Array.from({ length: 6 }, bad));
    const error = (await never.coviu.waiting.calls(TEAM).catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('invalid_response');
  });

  it('maps Coviu 400 messages onto stable codes and keeps the upstream text apart', async () => {
    const cases: [string, string][] = [
      ['The session has finished and can no longer be changed.', 'session_finished'],
      ['The session has already started and can no longer be cancelled.', 'session_started'],
      ['start_time must be in the future', 'validation'],
    ];
    for (const [message, code] of cases) {
      const { coviu } = client([json({ error: { message } }, 400)]);
      const error = (await coviu.sessions.cancel('s-1').catch((e: unknown) => e)) as CoviuError;
      expect(error.code).toBe(code);
      expect(error.upstreamMessage).toBe(message);
      expect(error.message).not.toBe(message);
    }
  });

  it('times out a request that hangs, as a retryable timeout', async () => {
    const fake = fakeCoviu();
    const hanging = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/token')) return fake.fetch(input, init);
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)),
      );
    }) as typeof fetch;
    const coviu = createCoviuClient({
      baseUrl: 'http://coviu.test',
      clientId: 'id',
      clientSecret: 'secret',
      fetch: hanging,
      timeoutMs: 50,
      sleep: async () => {},
      backoff: { maxAttempts: 2 },
    });
    const error = (await coviu.waiting.calls(TEAM).catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
  });
});
