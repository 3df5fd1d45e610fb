import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNavFits, makeTokenOnPage, mcpStatus, baseURL } from './agent-access-helpers';
import { DEMO, signInAs } from './auth-helpers';
import { seriousViolations } from './axe-helpers';
import { unique } from './console-helpers';
import { connect, makeAgentToken } from './mcp-clients';

// Issue 14: the Agent access page, the administrators' list, and agent activity in the audit log.
const origin = () => ({ origin: baseURL() });

test('a receptionist makes a token: shown once with its configuration, then listed by its prefix only, and revoked', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(context, 'receptionist');
  await page.goto('/agent-access');
  const form = page.getByRole('form', { name: 'Make an agent token' });
  // Reports are a manager's view; read is always on; patient details wait to be chosen, with a warning.
  await expect(form.getByRole('checkbox', { name: /^Triage/ })).toBeVisible();
  await expect(form.getByRole('checkbox', { name: /^Reports/ })).toHaveCount(0);
  await expect(form.getByRole('checkbox', { name: /^Read/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Read/ })).toBeDisabled();
  await expect(form.getByRole('checkbox', { name: /^Patient details/ })).not.toBeChecked();
  await expect(form.getByText(/Names, phone and Medicare numbers then go to the assistant/)).toBeVisible();
  await expect(form.getByLabel('Expires after (days)')).toHaveValue('30');

  const name = unique('Front desk Claude');
  const made = await makeTokenOnPage(page, name, [/^Triage/]);
  const shown = page.getByTestId('new-token');
  await expect(shown.getByTestId('token-secret')).toHaveText(made.token);
  await expect(shown).toContainText('you won’t see this token again');
  await expect(shown.getByTestId('config-claude-desktop')).toContainText(`Bearer ${made.token}`);
  await expect(shown.getByTestId('config-claude-desktop')).toContainText(`${baseURL()}/api/mcp`);
  await shown.getByRole('button', { name: 'Copy token' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(made.token);
  await shown.getByRole('tab', { name: 'Cursor & others' }).click();
  await expect(shown.getByTestId('config-http')).toContainText(`"Authorization": "Bearer ${made.token}"`);

  const row = page.locator(`tr[data-token-id="${made.agentToken.id}"]`);
  await expect(row.getByTestId('token-name')).toHaveText(name);
  await expect(row.getByTestId('token-prefix')).toHaveText(`${made.agentToken.prefix}…`);
  await expect(row).toContainText('Triage');
  await expect(row).toContainText('All your clinics');
  await expect(row).toContainText('Never used');
  expect(await mcpStatus(made.token)).toBe(200);

  // Once hidden (or on any later visit) the secret is nowhere: not on the page, not from the API.
  await shown.getByRole('button', { name: /I have saved it/ }).click();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(made.token);
  expect(await (await context.request.get('/api/me/agent-tokens')).text()).not.toContain(made.token);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Revoke the token' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `“${name}” is revoked` })).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'revoked');
  await expect(row.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  expect(await mcpStatus(made.token)).toBe(401);
});

test('bad input is refused with a message next to its field, and by the API with one naming it', async ({
  page,
  context,
}) => {
  await signInAs(context, 'manager');
  const api = await context.request.post('/api/me/agent-tokens', {
    data: { name: 'Too long', days: 120 },
    headers: origin(),
  });
  expect(api.status()).toBe(400);
  const body = (await api.json()) as { error: { message: string; fields: { path: string }[] } };
  expect(body.error.message).toMatch(/days/);
  expect(body.error.fields.map((f) => f.path)).toEqual(['days']);

  await page.goto('/agent-access');
  const form = page.getByRole('form', { name: 'Make an agent token' });
  await expect(form.getByRole('checkbox', { name: /^Reports/ })).toBeVisible();
  await form.getByLabel('Expires after (days)').fill('120');
  await form.getByRole('button', { name: 'Make the token' }).click();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  const days = form.getByLabel('Expires after (days)');
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAccessibleDescription(/A token lasts at most 90 days/);
  await expect(form.getByRole('alert')).toContainText('see the marked fields');
  await expect(page.getByTestId('new-token')).toHaveCount(0);
});

test('an administrator sees everyone’s tokens and revokes another person’s', async ({ page, context }) => {
  const name = unique('Practitioner assistant');
  const made = await makeAgentToken(baseURL(), 'practitioner', { name, scopes: ['sessions'] });
  expect(await mcpStatus(made.token)).toBe(200);

  await signInAs(context, 'admin');
  await page.goto('/admin/users');
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Agent tokens' }).click();
  await expect(page).toHaveURL(/\/admin\/agent-tokens$/);
  const row = page.locator(`tr[data-token-id="${made.id}"]`);
  await expect(row).toContainText(name);
  await expect(row).toContainText(DEMO.practitioner);
  await expect(row).toContainText('Sessions');
  await expect(row).toContainText('All their clinics');
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Dr Pat Practitioner’s token');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke the token' }).click();
  await expect(row).toHaveAttribute('data-state', 'revoked');
  await expect(row).toContainText('Revoked');
  expect(await mcpStatus(made.token)).toBe(401);
});

test('a manager filters the audit log to agent activity, by token, and the export names the token', async ({
  page,
  context,
}) => {
  const name = unique('Audit assistant');
  const made = await makeAgentToken(baseURL(), 'receptionist', { name });
  const session = await connect(baseURL(), made.token, 'legacy');
  try {
    expect((await session.call('list_clinics')).isError).toBe(false);
  } finally {
    await session.close();
  }

  await signInAs(context, 'manager');
  await page.goto('/audit');
  await page.getByLabel('Clinic', { exact: true }).selectOption('');
  await expect(page.locator('tr[data-action]:not([data-agent])').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Agent activity only' }).check();
  const call = page.locator(`tr[data-action="agent.call"][data-agent="${made.id}"]`).first();
  await expect(call).toBeVisible();
  await expect(page.locator('tr[data-action]:not([data-agent])')).toHaveCount(0);
  await expect(call.getByTestId('audit-via-agent')).toHaveText(`via agent token ${name}`);
  await expect(call).toContainText('Riley');
  await expect(call).toContainText('Agent tool call');
  await expect(call.getByTestId('audit-about')).toHaveText('list_clinics — ok');

  await page.getByLabel('Agent token').selectOption(made.id);
  await expect(page.locator(`tr[data-action]:not([data-agent="${made.id}"])`)).toHaveCount(0);
  await expect(call).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toMatch(/,Via agent token,Agent token id$/);
  expect(csv.length).toBeGreaterThan(1);
  expect(csv.slice(1).every((line) => line.endsWith(`,${name},${made.id}`))).toBe(true);
});

test('the header keeps its links in sight, and Agent access is under the person’s name', async ({ page, context }) => {
  for (const role of ['receptionist', 'manager', 'admin'] as const) {
    await context.clearCookies();
    await signInAs(context, role);
    for (const width of [820, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/sessions');
      await expectNavFits(page);
    }
    await page.getByRole('button', { name: /^Your account/ }).click();
    await page.getByRole('menuitem', { name: 'Agent access' }).click();
    await expect(page).toHaveURL(/\/agent-access$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Agent access' })).toBeVisible();
  }
});

test('both pages have no serious accessibility violations, with tokens listed and a secret shown', async ({
  page,
  context,
}) => {
  await signInAs(context, 'admin');
  await page.goto('/agent-access');
  await makeTokenOnPage(page, unique('Axe check'), [/^Reports/, /^Patient details/]);
  await expect(page.getByTestId('new-token')).toBeVisible();
  await expect(page.locator('tr[data-token-id]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/agent-tokens');
  await expect(page.locator('tr[data-token-id]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
