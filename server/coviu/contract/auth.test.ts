import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { createCoviuClient } from '../client';
import type { CoviuError } from '../errors';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ tokenTtlSeconds: 120 });
});
afterAll(() => t.sandbox.close());

describe('authentication against the sandbox', () => {
  it('answers 401 without a bearer token', async () => {
    const response = await fetch(`${t.sandbox.url}/v1/waiting/${t.team.id}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { message: expect.any(String) } });
  });

  it('issues real expiring JWTs with a userId claim and team scope', async () => {
    const token = await t.coviu.tokens.getToken();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims.userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims.scope).toBe(`team_api[${t.team.id}]`);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(120);
  });

  it('keeps working across token expiry, refreshing on the sandbox clock', async () => {
    await t.coviu.waiting.calls(t.team.id);
    const issued = t.sandbox.ctx.tokens.issued;
    await t.advance(3 * MINUTE); // the token has expired by the sandbox's clock, not ours
    await t.coviu.waiting.calls(t.team.id);
    expect(t.sandbox.ctx.tokens.issued).toBe(issued + 1);
  });

  it('recovers from revoked tokens with one re-authentication', async () => {
    await t.coviu.waiting.calls(t.team.id);
    await t.control('PUT', '/_sandbox/faults', { revokeTokens: true });
    const before = await t.stats();
    await t.coviu.waiting.calls(t.team.id);
    const after = await t.stats();
    expect(after['GET /v1/waiting/{teamId}']! - before['GET /v1/waiting/{teamId}']!).toBe(2);
    expect(after['POST /v1/auth/token']! - (before['POST /v1/auth/token'] ?? 0)).toBe(1);
  });

  it('reports wrong credentials as unauthorized', async () => {
    const wrong = createCoviuClient({ baseUrl: t.sandbox.url, clientId: 'sandbox-client', clientSecret: 'nope' });
    const error = (await wrong.waiting.calls(t.team.id).catch((e: unknown) => e)) as CoviuError;
    expect(error.code).toBe('unauthorized');
  });

  it('rotates refresh tokens: a used one is refused', async () => {
    const basic = `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`;
    const post = (body: string) =>
      fetch(`${t.sandbox.url}/v1/auth/token`, {
        method: 'POST',
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const first = (await (await post('grant_type=client_credentials')).json()) as { refresh_token: string };
    const refreshed = await post(`grant_type=refresh_token&refresh_token=${first.refresh_token}`);
    expect(refreshed.status).toBe(200);
    const reused = await post(`grant_type=refresh_token&refresh_token=${first.refresh_token}`);
    expect(reused.status).toBe(400);
  });
});
