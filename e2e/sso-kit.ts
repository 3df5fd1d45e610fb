import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { IDP_CONTROL_URL, IDP_ISSUER, OIDC_CLIENT_SECRET, OIDC_NAME } from '../playwright.config';
import type { IdpEvent } from './idp/events';
import type { AccountClaims, Mode } from './idp/provider';
import { DEMO, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

// What the single sign-on journeys (e2e/sso*.spec.ts) share: the local identity provider's control
// API (e2e/idp/), Waitboard staff made through the admin API, and the sign-in as a person does it.

export const MODES = ['id-token', 'userinfo-only'] as const satisfies readonly Mode[];
export const SSO_BUTTON = `Sign in with ${OIDC_NAME}`;
const baseURL = () => test.info().project.use.baseURL!;
const origin = () => ({ origin: baseURL() });

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${IDP_CONTROL_URL}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`identity provider control ${method} ${path}: ${JSON.stringify(answer)}`);
  return answer;
}

export const idp = {
  config: (body: { mode?: Mode; clientSecret?: string }) => control('POST', '/config', body),
  account: (login: string, claims: AccountClaims) => control('PUT', `/accounts/${encodeURIComponent(login)}`, claims),
  down: () => control('POST', '/down'),
  up: () => control('POST', '/up'),
  clearEvents: () => control('DELETE', '/events'),
  async events(): Promise<IdpEvent[]> {
    return ((await control('GET', '/events')) as { events: IdpEvent[] }).events;
  },
  /** A place in the event log: what happens next is `eventsAfter(mark)`. */
  async mark(): Promise<number> {
    return (await idp.events()).at(-1)?.seq ?? 0;
  },
  async eventsAfter(mark: number): Promise<IdpEvent[]> {
    return (await idp.events()).filter((e) => e.seq > mark);
  },
};

/** The events of one kind, typed as that kind. */
export const only = <K extends IdpEvent['kind']>(events: IdpEvent[], kind: K) =>
  events.filter((e): e is Extract<IdpEvent, { kind: K }> => e.kind === kind);

/**
 * Each describe block runs in one mode (see `useMode`); a failed test carries what the provider saw
 * during it, and where the page was, as attachments in the report.
 */
export function withIdpReport(): void {
  let mark = 0;
  test.beforeEach(async () => {
    mark = await idp.mark();
  });
  test.afterEach(async ({ page }, testInfo) => {
    if (testInfo.status === testInfo.expectedStatus) return;
    const events = await idp.eventsAfter(mark);
    await testInfo.attach('identity provider events', {
      body: JSON.stringify({ pageUrl: page.url(), events }, null, 2),
      contentType: 'application/json',
    });
  });
}

/** Each describe block runs in one mode; the secret and the listener are put right in case a test left them. */
export async function useMode(mode: Mode): Promise<void> {
  await idp.up();
  await idp.config({ mode, clientSecret: OIDC_CLIENT_SECRET });
}

export const uniqueId = () => randomBytes(4).toString('hex');

/** Runs `run` with a fresh API context signed in as the demo admin (no session outlives a test). */
async function asAdmin<T>(run: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await playwrightRequest.newContext({ baseURL: baseURL() });
  try {
    expect(await signInRequest(api, DEMO.admin), 'admin sign-in').toBe(200);
    return await run(api);
  } finally {
    await api.dispose();
  }
}

export interface Staff {
  id: string;
  email: string;
  name: string;
}

/** A Waitboard receptionist of the first sandbox clinic, made through the admin API. */
export async function createStaff(label: string): Promise<Staff> {
  const team = (await sandbox.teams())[0]!;
  const id = uniqueId();
  const email = `sso.${label}.${id}@example.com`;
  const name = `Sso ${label} ${id}`;
  const userId = await asAdmin(async (api) => {
    const made = await api.post('/api/admin/users', {
      data: { email, name, role: 'receptionist', teamIds: [team.teamId], password: `a long password ${id}` },
      headers: origin(),
    });
    expect(made.status(), await made.text()).toBe(201);
    return ((await made.json()) as { user: { id: string } }).user.id;
  });
  return { id: userId, email, name };
}

export async function disableStaff(staff: Staff): Promise<void> {
  await asAdmin(async (api) => {
    const response = await api.patch(`/api/admin/users/${staff.id}`, { data: { disabled: true }, headers: origin() });
    expect(response.status(), await response.text()).toBe(200);
  });
}

export interface AuditEntry {
  id: number;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  resourceId: string | null;
  ip: string | null;
  userAgent: string | null;
  changes: Record<string, unknown> | null;
}

/** GET /api/audit as the admin: newest first. */
function readAudit(query: Record<string, string>): Promise<AuditEntry[]> {
  return asAdmin(async (api) => {
    const response = await api.get(`/api/audit?${new URLSearchParams(query)}`);
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { entries: AuditEntry[] }).entries;
  });
}

/** The newest audit entry's id: entries after it are this test's. */
export async function lastAuditId(): Promise<number> {
  const [newest] = await readAudit({ limit: '1' });
  return newest?.id ?? 0;
}

/** Entries with this action made after `afterId`, oldest first. */
export async function auditSince(afterId: number, action: string): Promise<AuditEntry[]> {
  const entries = await readAudit({ action, limit: '200' });
  return entries.filter((e) => e.id > afterId).reverse();
}

/** The provider's own sign-in form (oidc-provider's dev interactions): it asks for credentials. */
export async function expectProviderLogin(page: Page): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === IDP_ISSUER && url.pathname.startsWith('/interaction/'));
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await expect(page.locator('input[name="password"]')).toBeVisible();
}

/** At the provider's form: any password works, the login is the account's `sub`. */
export async function providerLogin(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password at all');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** From Waitboard's sign-in page through the provider's form, as a person does it. */
export async function signInWithSso(page: Page, login: string): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('button', { name: SSO_BUTTON }).click();
  await expectProviderLogin(page);
  await providerLogin(page, login);
}

export async function expectDashboard(page: Page, staff: Staff): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Waiting now' })).toBeVisible();
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(staff.email);
}

/** Back on Waitboard's sign-in page with a message, and nobody signed in. */
export async function expectRefused(page: Page, fragment: string | RegExp): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === baseURL() && url.pathname === '/signin');
  await expect(page.getByRole('alert').filter({ hasText: fragment })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
}

/** The one failed-sign-in entry of this test: single sign-on's, with why and from where. */
export async function expectFailureAudited(afterId: number, reason: string): Promise<void> {
  const entries = await auditSince(afterId, 'auth.sign_in_failed');
  expect(entries.map((e) => e.changes)).toEqual([expect.objectContaining({ provider: 'oidc', reason })]);
  expect(entries[0]!.ip, 'the address the attempt came from').toBeTruthy();
  expect(entries[0]!.userAgent, 'the browser that made it').toContain('Chrome');
}

/** Any 5xx the browser got from Waitboard while `run` ran. */
export async function serverErrorsDuring(page: Page, run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onResponse = (r: import('@playwright/test').Response) => {
    if (r.status() >= 500 && r.url().startsWith(baseURL())) errors.push(`${r.status()} ${r.url()}`);
  };
  page.on('response', onResponse);
  try {
    await run();
  } finally {
    page.off('response', onResponse);
  }
  return errors;
}
