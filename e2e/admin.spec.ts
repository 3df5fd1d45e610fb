import { expect, test } from '@playwright/test';
import { signInAs, signInRequest } from './auth-helpers';

test('an admin adds a person, who signs in with the temporary password; disabling ends their session', async ({
  page,
  context,
  browser,
}) => {
  await signInAs(context, 'admin');
  await page.goto('/admin/users');
  const email = `new.person.${Date.now()}@example.com`;
  const add = page.getByRole('region', { name: 'Add a person' });
  await add.getByLabel('Name').fill('New Person');
  await add.getByLabel('Email').fill(email);
  await add.getByLabel('Role').selectOption('receptionist');
  await add.getByLabel('Harbourside Family Clinic').check();
  await add.getByRole('button', { name: 'Add person' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'temporary password' });
  await expect(notice).toBeVisible();
  const temporary = (await notice.locator('code').textContent())!;
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText('Harbourside Family Clinic');

  const theirs = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await signInRequest(theirs.request, email, temporary)).toBe(200);
  const me = await (await theirs.request.get('/api/me')).json();
  expect(me.teams.map((t: { name: string }) => t.name)).toEqual(['Harbourside Family Clinic']);

  await page.getByRole('button', { name: 'Edit New Person' }).click();
  await page.getByLabel('Account disabled (signs the person out everywhere)').check();
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const savedResponse = await saved;
  expect(savedResponse.status(), await savedResponse.text()).toBe(200);
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText('Disabled');
  expect((await theirs.request.get('/api/me')).status()).toBe(401);
  await theirs.close();
});

test('bad input is refused with a message a person can act on', async ({ context }) => {
  await signInAs(context, 'admin');
  const origin = { origin: test.info().project.use.baseURL! };
  const bad = await context.request.post('/api/admin/users', {
    data: { email: 'not-an-email', name: '', role: 'king' },
    headers: origin,
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.message).toContain('Enter a valid email address.');
  expect(body.error.message).toContain('Choose a role');
  const broken = await context.request.post('/api/admin/users', {
    data: Buffer.from('{oops'),
    headers: { ...origin, 'content-type': 'application/json' },
  });
  expect([broken.status(), (await broken.json()).error.code]).toEqual([400, 'bad_json']);
});

test('a manager reviews the audit log, filters it and exports CSV', async ({ page, context }) => {
  await signInAs(context, 'manager');
  await page.goto('/audit');
  await page.getByRole('combobox', { name: 'Action' }).fill('signed in');
  await page.getByRole('option', { name: 'Signed in', exact: true }).click();
  const rows = page.locator('tr[data-action]');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('tr[data-action]:not([data-action="auth.sign_in"])')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file, 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe(
    'When,Who,Email,Action,About,Clinic,From,Browser,Entry,Action code,Resource type,Resource id,Clinic id,IP address,User agent,Changes,Via agent token,Agent token id',
  );
  expect(csv.length).toBeGreaterThan(1);
  expect(csv.slice(1).every((line) => line.includes(',auth.sign_in,'))).toBe(true);
});

test('changing privacy mode is saved per person and audited', async ({ context }) => {
  await signInAs(context, 'practitioner');
  const origin = { origin: test.info().project.use.baseURL! };
  const bad = await context.request.patch('/api/me/preferences', { data: { privacyMode: 'yes' }, headers: origin });
  expect(bad.status()).toBe(400);
  const ok = await context.request.patch('/api/me/preferences', { data: { privacyMode: true }, headers: origin });
  expect((await ok.json()).preferences.privacyMode).toBe(true);
  const admin = await context.browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(admin, 'admin');
  const audit = await (await admin.request.get('/api/audit?action=user.preferences&limit=5')).json();
  expect(audit.entries[0]).toMatchObject({ actorEmail: 'practitioner@example.com', changes: { privacyMode: true } });
  await admin.close();
});
