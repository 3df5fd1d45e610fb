import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { DEMO, signInAs, signInRequest } from './auth-helpers';
import { addCaller, firstTeam, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

// Issue 12 item 4: the audit log names people and things, reads addresses, and filters in plain words.
const VIEWED = /^Viewed a caller.s details$/;
const origin = () => ({ origin: test.info().project.use.baseURL! });

async function setPreferences(context: BrowserContext, data: Record<string, unknown>) {
  const response = await context.request.patch('/api/me/preferences', { data, headers: origin() });
  expect(response.status()).toBe(200);
}

async function choose(page: Page, label: string, typed: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('callers are named as the viewer’s privacy setting allows, staff by name, and the address in words', async ({
  page,
  context,
}) => {
  const team = await firstTeam();
  const name = unique('Audrey Auditson');
  const callId = await addCaller(team, name);
  await signInAs(context, 'manager');
  await setPreferences(context, { privacyMode: false, lastClinic: team.teamId });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  try {
    // The poller must have seen the caller for their name to be known; then viewing them is audited.
    await expect
      .poll(async () => JSON.stringify(await (await context.request.get(`/api/teams/${team.teamId}/waiting`)).json()))
      .toContain(callId);
    expect((await context.request.get(`/api/teams/${team.teamId}/calls/${callId}`)).status()).toBe(200);

    await page.goto('/audit');
    // All clinics, so each row names its clinic (with one chosen, the column would only repeat it).
    await page.getByLabel('Clinic', { exact: true }).selectOption('');
    await choose(page, 'Action', 'viewed a caller', VIEWED);
    const row = page.locator('tr[data-action="caller.view"]').filter({ hasText: name }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('Morgan Manager');
    await expect(row.locator('td[data-label="Who"]')).toHaveAttribute('title', DEMO.manager);
    await expect(row).toContainText(team.name);
    // Requests from the app's own machine: "this computer", never "::1" or "::ffff:127.0.0.1".
    await expect(row.getByTestId('audit-from')).toHaveText('This computer');

    await setPreferences(context, { privacyMode: true });
    await page.reload();
    await choose(page, 'Action', 'viewed a caller', VIEWED);
    const initials = name
      .split(' ')
      .map((p) => `${p[0]!.toUpperCase()}.`)
      .join(' ');
    await expect(page.locator('tr[data-action="caller.view"]').filter({ hasText: initials }).first()).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'initials because you hide names' })).toBeVisible();
    // A patient's name never goes into an address.
    const surname = name.split(' ')[1]!;
    expect(urls.filter((u) => u.includes(surname))).toEqual([]);
  } finally {
    await setPreferences(context, { privacyMode: false });
    await sandbox.act(callId, 'leave').catch(() => undefined);
  }
});

test('filters by person, action and clinic, and the CSV export follows them', async ({ page, context, browser }) => {
  const [first, second] = await sandbox.teams();
  // Riley signs in: an entry of no clinic, which still belongs to the clinics Riley works at.
  const riley = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await signInRequest(riley.request, DEMO.receptionist)).toBe(200);
  await riley.close();

  await signInAs(context, 'manager');
  await setPreferences(context, { lastClinic: second!.teamId });
  await page.goto('/audit');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/preferences') && Boolean(r.request().postData()?.includes('lastClinic')),
  );
  await page.getByLabel('Clinic', { exact: true }).selectOption(first!.teamId);
  expect((await saved).status()).toBe(200);
  await choose(page, 'Person', 'riley', 'Riley Reception');
  await choose(page, 'Action', 'signed', 'Signed in');
  const rows = page.locator('tr[data-action]');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('tr[data-action]:not([data-action="auth.sign_in"])')).toHaveCount(0);
  await expect(rows.first()).toContainText('Riley Reception');
  await expect(rows.first()).toContainText('Their own sign-in');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(file, 'utf8').trim().split('\r\n');
  expect(csv[0]).toMatch(/^When,Who,Email,Action,About,Clinic,From,Browser,Entry,Action code,/);
  expect(csv.length).toBeGreaterThan(1);
  expect(csv.slice(1).every((line) => line.includes(',Riley Reception,reception@example.com,Signed in,'))).toBe(true);

  // The clinic chosen here is where every page with a clinic picker opens next, after a reload too.
  await page.reload();
  await expect(page.getByLabel('Clinic', { exact: true })).toHaveValue(first!.teamId);

  // Dates are typed day / month / year; a range before anything happened shows nothing, and Clear undoes it.
  await page.getByRole('group', { name: 'Until' }).getByRole('spinbutton').first().click();
  await page.keyboard.type('01012020');
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all but the clinic' }).click();
  await expect(page.locator('tr[data-action]').first()).toBeVisible();
  await setPreferences(context, { lastClinic: first!.teamId });
});

test('the audit page has no serious accessibility violations, filtered', async ({ page, context }) => {
  await signInAs(context, 'manager');
  await page.goto('/audit');
  await expect(page.locator('tr[data-action]').first()).toBeVisible();
  // (With a list open, React Aria hides the rest of the page from assistive technology on purpose.)
  await choose(page, 'Action', 'sign', 'Signed in');
  await expect(page.locator('tr[data-action="auth.sign_in"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
