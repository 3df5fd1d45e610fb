import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

async function status(path: string, site: string | null, method = 'GET'): Promise<number> {
  const headers = new Headers(site ? { 'sec-fetch-site': site } : {});
  return (await proxy(new NextRequest(`http://localhost:3000${path}`, { method, headers }))).status;
}

const WRITES_ON_GET = [
  '/api/audit/export',
  '/api/teams/t/session-review/export?date=2026-01-01',
  '/api/teams/t/reports/export?section=hours',
  '/api/teams/t/calls/c',
  '/api/teams/t/sessions/s/media/c/s/f',
];

describe('proxy: cross-site reads of the API', () => {
  it('refuses another site’s GET of any API route, those that write an audit entry first', async () => {
    for (const path of [...WRITES_ON_GET, '/api/me', '/api/teams/t/waiting'])
      for (const site of ['cross-site', 'same-site'])
        expect(`${path} ${site} ${await status(path, site)}`).toBe(`${path} ${site} 403`);
  });

  it('lets our own pages, typed addresses and clients without Sec-Fetch-Site through', async () => {
    for (const path of WRITES_ON_GET)
      for (const site of ['same-origin', 'none', null]) expect(await status(path, site)).toBe(200);
  });

  it('keeps what must answer other sites reachable: health, sign-in callbacks', async () => {
    expect(await status('/api/health', 'cross-site')).toBe(200);
    expect(await status('/api/auth/callback/oidc?code=x&state=y', 'cross-site')).toBe(200);
  });

  it('still refuses another origin’s state changes', async () => {
    // Coviu's servers send no Sec-Fetch-Site; their webhook has its own credentials.
    expect(await status('/api/webhooks/coviu', null, 'POST')).toBe(200);
    expect(await status('/api/teams/t/calls/c/actions', 'cross-site', 'POST')).toBe(403);
  });
});
