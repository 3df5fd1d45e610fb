import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, type DemoRole, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

const baseURL = () => test.info().project.use.baseURL!;

async function signedIn(role: DemoRole | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: baseURL(), maxRedirects: 0 });
  if (role) expect(await signInRequest(context, DEMO[role])).toBe(200);
  return context;
}

interface AuditEntry {
  action: string;
  actorEmail: string | null;
  ip: string | null;
  teamId: string | null;
}

async function auditEntries(admin: APIRequestContext, action: string): Promise<AuditEntry[]> {
  const response = await admin.get(`/api/audit?action=${action}&limit=1000`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { entries: AuditEntry[] }).entries;
}

test('a forged X-Forwarded-For does not become the address in the audit log', async () => {
  const context = await playwrightRequest.newContext({ baseURL: baseURL() });
  const forged = { 'x-forwarded-for': '203.0.113.66', 'x-real-ip': '203.0.113.66' };
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await context.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: DEMO.practitioner, password: DEMO_PASSWORD, json: 'true' },
    headers: { origin: baseURL(), ...forged },
  });
  expect(signIn.status()).toBe(200);
  const admin = await signedIn('admin');
  const entry = (await auditEntries(admin, 'auth.sign_in')).find((e) => e.actorEmail === DEMO.practitioner);
  // No proxy is trusted here (TRUSTED_PROXIES unset): the address is the socket's, Playwright's own.
  expect(entry?.ip).toBe('127.0.0.1');
  await Promise.all([context.dispose(), admin.dispose()]);
});

test('another site cannot make a signed-in browser export the audit log (nor audit an export)', async () => {
  const admin = await signedIn('admin');
  const before = (await auditEntries(admin, 'audit.export')).length;
  const crossSite = await admin.get('/api/audit/export', { headers: { 'sec-fetch-site': 'cross-site' } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).not.toContain('actorEmail');
  expect((await auditEntries(admin, 'audit.export')).length).toBe(before);
  // From Waitboard itself it still works, and is audited.
  const own = await admin.get('/api/audit/export', { headers: { 'sec-fetch-site': 'same-origin' } });
  expect(own.status()).toBe(200);
  expect((await auditEntries(admin, 'audit.export')).length).toBe(before + 1);
  // An export of one clinic's entries is recorded against that clinic.
  const [team] = await sandbox.teams();
  const oneClinic = await admin.get(`/api/audit/export?teamId=${team!.teamId}`, {
    headers: { 'sec-fetch-site': 'same-origin' },
  });
  expect(oneClinic.status()).toBe(200);
  expect((await auditEntries(admin, 'audit.export'))[0]?.teamId).toBe(team!.teamId);
  await admin.dispose();
});

test('API answers with patient or staff data are never cached', async () => {
  const receptionist = await signedIn('receptionist');
  const [team] = await sandbox.teams();
  for (const path of ['/api/me', '/api/teams', `/api/teams/${team!.teamId}/waiting`]) {
    const response = await receptionist.get(path);
    expect(`${path} ${response.status()} ${response.headers()['cache-control']}`).toBe(`${path} 200 no-store`);
  }
  const missing = await receptionist.get(`/api/teams/${team!.teamId}/calls/${randomUUID()}`);
  expect(missing.headers()['cache-control']).toBe('no-store');
  await receptionist.dispose();
});

test('unknown teams start no poller; health tells strangers only status and version', async () => {
  const admin = await signedIn('admin');
  const teamsPolled = async () =>
    ((await (await admin.get('/api/health')).json()) as { teams: { teamId: string }[] }).teams.map((t) => t.teamId);
  const polled = await teamsPolled();
  expect(polled.length).toBeGreaterThan(0);
  for (const id of ['junk', randomUUID(), encodeURIComponent('<img src=x onerror=alert(1)>')]) {
    const response = await admin.get(`/api/teams/${id}/waiting`);
    expect(`${id} ${response.status()} ${await response.text()}`).toMatch(/^\S+ 404 .*team_not_found/);
  }
  expect(await teamsPolled()).toEqual(polled);

  const created = await admin.post('/api/admin/teams', {
    data: { id: '<img src=x onerror=alert(1)>', name: 'Nope', timezone: 'Australia/Sydney' },
    headers: { origin: baseURL() },
  });
  expect(created.status()).toBe(400);
  expect(await teamsPolled()).toEqual(polled);

  const anonymous = await signedIn(null);
  const health = await anonymous.get('/api/health');
  expect(health.status()).toBe(200);
  expect(Object.keys((await health.json()) as object).sort()).toEqual(['status', 'version']);
  expect((await anonymous.get('/api/health?ready=1')).status()).toBe(200);
  const receptionist = await signedIn('receptionist');
  expect(Object.keys((await (await receptionist.get('/api/health')).json()) as object).sort()).toEqual([
    'status',
    'version',
  ]);
  await Promise.all([admin.dispose(), anonymous.dispose(), receptionist.dispose()]);
});

test('a display link points at the public address, and so does where it leads', async () => {
  const manager = await signedIn('manager');
  const [team] = await sandbox.teams();
  const made = await manager.post(`/api/teams/${team!.teamId}/display-tokens`, {
    data: { label: 'E2E public address TV' },
    headers: { origin: baseURL() },
  });
  expect(made.status()).toBe(201);
  const { link } = (await made.json()) as { link: string };
  // NEXTAUTH_URL in playwright.config.ts; Next itself listens as localhost.
  expect(link.startsWith(`${baseURL()}/display/connect/`)).toBe(true);
  const tv = await signedIn(null);
  const opened = await tv.get(link);
  expect(opened.status()).toBe(303);
  expect(opened.headers()['location']).toBe(`/display/${team!.teamId}`);
  await Promise.all([manager.dispose(), tv.dispose()]);
});
