import { describe, expect, it } from 'vitest';
import { fakeCoviu } from '@/test/helpers/fake-coviu';
import { CoviuError } from './errors';
import { TokenManager } from './token-manager';

const base = { baseUrl: 'http://coviu.test', clientId: 'client-a', clientSecret: 's3cret-value' };

function manager(fake: ReturnType<typeof fakeCoviu>, clock = { now: 1_000_000 }) {
  return new TokenManager({ ...base, fetch: fake.fetch, now: () => clock.now, sleep: async () => {} });
}

describe('TokenManager', () => {
  it('authenticates with HTTP Basic and a form-encoded client_credentials body', async () => {
    const fake = fakeCoviu();
    await manager(fake).getToken();
    const [request] = fake.tokenRequests;
    expect(request!.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('client-a:s3cret-value').toString('base64')}`,
    );
    expect(request!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(request!.body!).get('grant_type')).toBe('client_credentials');
  });

  it('makes one token request for 50 concurrent callers (single-flight)', async () => {
    const fake = fakeCoviu();
    const tm = manager(fake);
    const tokens = await Promise.all(Array.from({ length: 50 }, () => tm.getToken()));
    expect(fake.tokenRequests).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['access-1']));
  });

  it('keeps the token until half of expires_in, then refreshes with the refresh token', async () => {
    const fake = fakeCoviu({ tokenLifetimeSeconds: 600 });
    const clock = { now: 1_000_000 };
    const tm = manager(fake, clock);
    expect(await tm.getToken()).toBe('access-1');
    clock.now += 299_000;
    expect(await tm.getToken()).toBe('access-1');
    expect(fake.tokenRequests).toHaveLength(1);

    clock.now += 2_000; // past half-life, still valid: the current token is served while one refresh runs
    expect(await tm.getToken()).toBe('access-1');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.tokenRequests).toHaveLength(2);
    const form = new URLSearchParams(fake.tokenRequests[1]!.body!);
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('refresh_token')).toBe('refresh-1');
    expect(await tm.getToken()).toBe('access-2');
  });

  it('waits for a new token once the old one has expired', async () => {
    const fake = fakeCoviu({ tokenLifetimeSeconds: 60 });
    const clock = { now: 0 };
    const tm = manager(fake, clock);
    await tm.getToken();
    clock.now += 61_000;
    expect(await tm.getToken()).toBe('access-2');
  });

  it('falls back to client credentials when the refresh token is refused', async () => {
    const fake = fakeCoviu({ tokenLifetimeSeconds: 60 });
    const clock = { now: 0 };
    let refused = false;
    const tm = new TokenManager({
      ...base,
      now: () => clock.now,
      sleep: async () => {},
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const grant = new URLSearchParams(String(init?.body)).get('grant_type');
        if (grant === 'refresh_token') {
          refused = true;
          return new Response('{"error":"invalid_grant"}', { status: 400 });
        }
        return fake.fetch(input, init);
      }) as typeof fetch,
    });
    await tm.getToken();
    clock.now += 61_000;
    expect(await tm.getToken()).toBe('access-2');
    expect(refused).toBe(true);
  });

  it('reports refused credentials as unauthorized without echoing the secret', async () => {
    const fake = fakeCoviu({ tokenStatus: 401 });
    const error = await manager(fake)
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoviuError);
    expect((error as CoviuError).code).toBe('unauthorized');
    expect(JSON.stringify(error) + String(error)).not.toContain('s3cret-value');
  });

  it('forgets an invalidated token so the next caller gets a fresh one', async () => {
    const fake = fakeCoviu();
    const tm = manager(fake);
    const first = await tm.getToken();
    tm.invalidate('some-other-token');
    expect(await tm.getToken()).toBe(first);
    tm.invalidate(first);
    expect(await tm.getToken()).toBe('access-2');
  });
});
