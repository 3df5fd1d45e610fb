import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

type Settings = Record<string, unknown> & {
  escalationRepeatMinutes: number;
  billable: { basis: string; unitMinutes: number; rounding: string };
  timezone: string;
};

async function openSettings(page: Page): Promise<{ teamId: string; saved: Settings }> {
  const [team] = await sandbox.teams();
  await page.goto('/settings');
  const clinic = page.getByLabel('Clinic', { exact: true });
  if (await clinic.count()) await clinic.selectOption(team!.teamId);
  // The chosen clinic's sections, not the first clinic's on their way out.
  await expect(
    page.locator(`[data-team="${team!.teamId}"]`).getByRole('region', { name: 'Wait limits' }),
  ).toBeVisible();
  return { teamId: team!.teamId, saved: await current(page, team!.teamId) };
}

async function current(page: Page, teamId: string): Promise<Settings> {
  const response = await page.request.get(`/api/teams/${teamId}/settings`);
  return ((await response.json()) as { settings: Settings }).settings;
}

/** Puts back what a test changed, through the same partial save the page uses. */
async function restore(page: Page, teamId: string, values: Partial<Settings>) {
  const response = await page.request.patch(`/api/teams/${teamId}/settings`, {
    data: values,
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(200);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test.beforeEach(async ({ context }) => {
  await signInAs(context, 'manager');
});

test('each section saves on its own and keeps another section’s unsaved edit', async ({ page }) => {
  const { teamId, saved } = await openSettings(page);
  const alerts = page.getByRole('region', { name: 'Alerts and escalation' });
  const billing = page.getByRole('region', { name: 'Billing' });
  const repeat = alerts.getByLabel('Post again every (minutes)');
  const unit = billing.getByLabel('Billing unit (minutes)');
  const newRepeat = saved.escalationRepeatMinutes === 17 ? 18 : 17;
  const newUnit = saved.billable.unitMinutes === 6 ? 7 : 6;
  try {
    await repeat.fill(String(newRepeat));
    await expect(alerts.getByText('Unsaved changes')).toBeVisible();
    await expect(billing.getByText('Unsaved changes')).toHaveCount(0);

    await unit.fill(String(newUnit));
    await billing.getByRole('button', { name: 'Save billing' }).click();
    await expect(billing.getByRole('status')).toContainText('Billing settings saved');
    await expect(billing.getByText('Unsaved changes')).toHaveCount(0);
    // The alerts edit was neither sent nor lost.
    await expect(repeat).toHaveValue(String(newRepeat));
    await expect(alerts.getByText('Unsaved changes')).toBeVisible();
    let stored = await current(page, teamId);
    expect(stored.billable.unitMinutes).toBe(newUnit);
    expect(stored.escalationRepeatMinutes).toBe(saved.escalationRepeatMinutes);

    await alerts.getByRole('button', { name: 'Save alerts' }).click();
    await expect(alerts.getByRole('status')).toContainText('Alert settings saved');
    await expect(alerts.getByText('Unsaved changes')).toHaveCount(0);
    stored = await current(page, teamId);
    expect(stored.escalationRepeatMinutes).toBe(newRepeat);
    expect(stored.billable.unitMinutes).toBe(newUnit);
  } finally {
    await restore(page, teamId, { escalationRepeatMinutes: saved.escalationRepeatMinutes, billable: saved.billable });
  }
});

test('a bad value is marked on its own field, and the server names the field too', async ({ page }) => {
  const { teamId, saved } = await openSettings(page);
  const billing = page.getByRole('region', { name: 'Billing' });
  const unit = billing.getByLabel('Billing unit (minutes)');
  await unit.fill('0');
  await billing.getByRole('button', { name: 'Save billing' }).click();
  await expect(unit).toHaveAttribute('aria-invalid', 'true');
  await expect(unit).toBeFocused();
  await expect(unit).toHaveAccessibleDescription(/The billing unit is at least 1 minute\./);
  await expect(billing.getByRole('alert')).toContainText('Nothing was saved');
  // A rule across two fields marks the field it is about.
  const clinic = page.getByRole('region', { name: 'Clinic and time zone' });
  const active = clinic.getByLabel('How often to check Coviu for new callers (seconds)');
  await active.fill('60');
  await clinic.getByLabel('How often to check when nobody is watching (seconds)').fill('30');
  await clinic.getByRole('button', { name: 'Save clinic' }).click();
  await expect(clinic.getByLabel('How often to check when nobody is watching (seconds)')).toHaveAccessibleDescription(
    /at least as long as the first/,
  );
  await expect(active).not.toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  // Fixing the field clears its mark; nothing reached the server meanwhile.
  await unit.fill('5');
  await expect(unit).not.toHaveAttribute('aria-invalid', 'true');
  expect((await current(page, teamId)).billable).toEqual(saved.billable);

  const refused = await page.request.patch(`/api/teams/${teamId}/settings`, {
    data: { billable: { ...saved.billable, unitMinutes: 90 }, colour: 'red' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(400);
  const body = (await refused.json()) as { error: { fields: { path: string; message: string }[] } };
  expect(body.error.fields).toEqual(
    expect.arrayContaining([{ path: 'billable.unitMinutes', message: 'The billing unit is at most 60 minutes.' }]),
  );
});

test('the time-zone search finds Perth and lists Australian zones first, by current names only', async ({ page }) => {
  await openSettings(page);
  const clinic = page.getByRole('region', { name: 'Clinic and time zone' });
  const zone = clinic.getByRole('combobox', { name: 'Clinic time zone' });
  // The list closes when the page scrolls (as React Aria's popovers do): be in view before opening it.
  const show = clinic.getByRole('button', { name: 'Show time zones' });
  await show.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await show.click();
  const list = page.getByRole('listbox');
  await expect(list).toBeVisible();
  const options = list.getByRole('option');
  await expect(options.first()).toContainText('Australia');
  await expect(list.getByRole('group').first()).toHaveAccessibleName('Australia and New Zealand');
  await expect(list.getByRole('option', { name: /Asmera|ACT/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await zone.fill('Perth');
  await expect(list.getByRole('option', { name: /Perth, Australia \(UTC\+8\)/ })).toBeVisible();
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('Perth, Australia (UTC+8)');
  await expect(clinic.getByText('Unsaved changes')).toBeVisible();
  // Not saved: put the page back as it was.
  await clinic.getByRole('button', { name: 'Undo changes' }).click();
  await expect(clinic.getByText('Unsaved changes')).toHaveCount(0);
});

test('revoking a display link asks in the app’s own dialog, which works from the keyboard', async ({ page }) => {
  await openSettings(page);
  const displays = page.getByRole('region', { name: 'Wall displays' });
  const name = `Keyboard TV ${Date.now()}`;
  await displays.getByLabel('Display name').fill(name);
  await displays.getByRole('button', { name: 'Make a display link' }).click();
  const revoke = displays.getByRole('button', { name: `Revoke ${name}` });
  await expect(revoke).toBeVisible();

  // Esc cancels, and focus goes back to the Revoke button.
  await revoke.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: `Revoke “${name}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Revoke the link' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(revoke).toBeFocused();
  const row = displays.getByRole('row').filter({ hasText: name });
  await expect(row).not.toContainText('Revoked');

  // Enter confirms.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('Revoked');
  await expect(displays.getByRole('status').filter({ hasText: `“${name}” is revoked` })).toBeVisible();
  await expect(displays.getByRole('table', { name: 'Display links' })).toBeFocused();
});

test('the admin teams page picks a clinic’s time zone with the same search and sends its IANA name', async ({
  page,
  context,
}) => {
  await signInAs(context, 'admin');
  await page.goto('/admin/teams');
  // The server renders the field, so it is there before React runs; text typed before hydration
  // opens no list (seen on a loaded machine). The teams are fetched by the page once it runs.
  await expect(page.getByRole('form', { name: /^Settings of / }).first()).toBeVisible();
  const add = page.getByRole('region', { name: 'Add a team' });
  const zone = add.getByRole('combobox', { name: 'Time zone' });
  await expect(zone).toHaveValue(/^Sydney, Australia \(UTC\+1[01]\)$/); // daylight saving or not
  await zone.fill('Auckland');
  await page.getByRole('option', { name: /Auckland, New Zealand/ }).click();
  await expect(add.locator('input[name="timezone"]')).toHaveValue('Pacific/Auckland');
});
