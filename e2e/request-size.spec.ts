import { expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);
const baseURL = () => test.info().project.use.baseURL!;

/** Sends `body` as it is, or in chunks with no Content-Length (as a streaming client would). */
async function send(method: string, path: string, body: string, headers: Record<string, string>, chunked: boolean) {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 256 * 1024) controller.enqueue(bytes.subarray(at, at + 256 * 1024));
      controller.close();
    },
  });
  const response = await fetch(new URL(path, baseURL()), {
    method,
    headers: { origin: baseURL(), ...headers },
    body: chunked ? stream : body,
    ...(chunked ? { duplex: 'half' } : {}),
    redirect: 'manual',
  } as RequestInit);
  return { status: response.status, text: await response.text(), cookies: response.headers.getSetCookie() };
}

test('a 5 MB body is refused with 413 and nothing is stored, sign-in included', async () => {
  const admin = await playwrightRequest.newContext({ baseURL: baseURL() });
  expect(await signInRequest(admin, DEMO.admin)).toBe(200);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const json = { cookie, 'content-type': 'application/json' };
  const teamId = (await sandbox.teams())[0]!.teamId;
  const settingsBefore = await (await admin.get('/api/settings')).json();

  for (const chunked of [false, true]) {
    const tag = chunked ? 'chunked' : 'sized';
    const attempts = [
      ['POST', '/api/admin/teams', { id: `big-${tag}`, name: 'Big', timezone: 'UTC', pad: FIVE_MB }],
      ['POST', `/api/teams/${teamId}/display-tokens`, { label: `Big ${tag}`, pad: FIVE_MB }],
      ['PUT', '/api/settings', { idleTimeoutMinutes: 7, pad: FIVE_MB }],
      ['PATCH', '/api/me/preferences', { privacyMode: true, pad: FIVE_MB }],
    ] as const;
    for (const [method, path, body] of attempts) {
      const answer = await send(method, path, JSON.stringify(body), json, chunked);
      expect(answer.status, `${tag} ${method} ${path}`).toBe(413);
      expect(answer.text).toContain('The request is too large');
    }
  }
  const teams = JSON.stringify(await (await admin.get('/api/admin/teams')).json());
  expect(teams).not.toContain('big-');
  const displays = JSON.stringify(await (await admin.get(`/api/teams/${teamId}/display-tokens`)).json());
  expect(displays).not.toContain('Big ');
  expect(await (await admin.get('/api/settings')).json()).toEqual(settingsBefore);

  // Sign-in: right credentials in a 5 MB form still sign no one in.
  const anonymous = await playwrightRequest.newContext({ baseURL: baseURL() });
  const csrf = await anonymous.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = (await anonymous.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const form = new URLSearchParams({ csrfToken, email: DEMO.admin, password: DEMO_PASSWORD, json: 'true' });
  form.set('pad', FIVE_MB);
  for (const chunked of [false, true]) {
    const headers = { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' };
    const answer = await send('POST', '/api/auth/callback/credentials', form.toString(), headers, chunked);
    expect(answer.status, `sign-in, ${chunked ? 'chunked' : 'sized'}`).toBe(413);
    expect(answer.text).toContain('The request is too large');
    expect(answer.cookies.join(';')).not.toContain('session-token');
  }
  await Promise.all([admin.dispose(), anonymous.dispose()]);
});
