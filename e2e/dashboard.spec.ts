import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox, type SandboxTeam } from './sandbox-control';

let team: SandboxTeam;
test.beforeAll(async () => {
  team = (await sandbox.teams())[0]!;
});

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 7)}`;
const row = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);

async function addCaller(name: string, waitedMs = 0, queueIndex = 0) {
  return sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[queueIndex]!.waitingQueueId,
    details: { name },
    joinedAt: new Date(Date.now() - waitedMs).toISOString(),
  });
}

test('a caller added in the sandbox appears within one poll interval', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await expect(page.getByTestId('data-age')).not.toHaveText('…');
  const name = unique('Prompt Arrival');
  const { callId } = await addCaller(name);
  await expect(row(page, callId)).toContainText(name, { timeout: 5_000 + 1_000 });
  await expect(row(page, callId)).toHaveAttribute('data-level', 'ok');
});

test('crossing a threshold changes data-level and raises exactly one alert', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  await page.goto('/');
  // Five minutes is the default warning for a normal caller: this one crosses it in about 4 s.
  const { callId } = await addCaller(unique('Crossing Caller'), 5 * 60_000 - 4_000);
  await expect(row(page, callId)).toHaveAttribute('data-level', 'ok');
  await expect(row(page, callId)).toHaveAttribute('data-level', 'warn', { timeout: 10_000 });
  await expect(row(page, callId)).toContainText('Long wait');
  const alerts = page.getByTestId('alert-log').locator(`li[data-alert-key="warn:${callId}"]`);
  await expect(alerts).toHaveCount(1);
  // A second tab of the same browser does not alert again for the same crossing.
  const second = await context.newPage();
  await second.goto('/');
  await expect(row(second, callId)).toHaveAttribute('data-level', 'warn');
  await page.waitForTimeout(2_500);
  await expect(second.getByTestId('alert-log').locator(`li[data-alert-key="warn:${callId}"]`)).toHaveCount(0);
  await expect(alerts).toHaveCount(1);
});

test('two people claim the same caller: one wins, the other is told who has them', async ({
  page,
  context,
  browser,
}) => {
  await signInAs(context, 'receptionist');
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(other, 'manager');
  const otherPage = await other.newPage();
  const { callId } = await addCaller(unique('Wanted Caller'));
  await page.goto('/');
  await otherPage.goto('/');
  await expect(row(page, callId)).toBeVisible();
  await expect(row(otherPage, callId)).toBeVisible();

  await row(page, callId).getByRole('button', { name: 'Claim' }).click();
  await expect(row(page, callId)).toContainText('You');
  await row(otherPage, callId).getByRole('button', { name: 'Claim' }).click();
  await expect(
    otherPage.getByRole('alert').filter({ hasText: 'Riley Reception is already handling this caller.' }),
  ).toBeVisible();
  // A colleague's claim is shown short in the row ("Riley R. · until 9:04 am"), whole on hover.
  await expect(row(otherPage, callId).getByTestId('claim-status')).toContainText('Riley R. · until');
  await other.close();
});

test('room-mode admit shows both entry links, and a double click makes one Coviu session', async ({
  page,
  context,
}) => {
  await signInAs(context, 'receptionist');
  const { callId } = await addCaller(unique('Room Caller'));
  await page.goto('/');
  await row(page, callId).click();
  const before = (await sandbox.requests())['POST /v1/sessions'] ?? 0;
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Practitioner', { exact: true }).selectOption({ label: 'Dr Pat Practitioner' });
  await dialog.getByLabel('Open a new room with two entry links').check();
  await dialog.getByRole('button', { name: 'Save' }).dblclick();
  const links = dialog.getByTestId('room-links');
  await expect(links.getByRole('link')).toHaveCount(2);
  await expect(links.getByRole('button', { name: 'Copy host link' })).toBeVisible();
  await expect(links.getByRole('button', { name: 'Copy guest link' })).toBeVisible();
  const after = (await sandbox.requests())['POST /v1/sessions'] ?? 0;
  expect(after - before).toBe(1);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, callId)).toContainText('Admitted to Dr Pat Practitioner (room)');
});

test('reassign moves the caller to another queue', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  const name = unique('Moving Caller');
  const { callId } = await addCaller(name, 0, 0);
  await page.goto('/');
  await page.getByLabel('Team').selectOption({ label: team.name });
  await page.getByLabel('Queue').selectOption({ label: team.waitingQueues[0]!.name });
  await row(page, callId).click();
  await page.keyboard.press('r');
  const target = team.waitingQueues[1]!.name;
  await page.getByRole('dialog').getByLabel('Queue').selectOption({ label: target });
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(row(page, callId)).toHaveCount(0);
  await page.getByLabel('Queue').selectOption({ label: target });
  await expect(row(page, callId)).toContainText(`→ ${target}`);
  // Filters are remembered per person: leave the receptionist's as the next test expects them.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PATCH',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  expect((await saved).status()).toBe(200);
});

test('the stale banner appears while Coviu fails and clears by itself after', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await expect(page.getByTestId('data-age')).not.toHaveText('…');
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await sandbox.faults({ errorRate: 1, paths: ['/v1/waiting'] });
  try {
    await expect(page.getByTestId('stale-banner')).toBeVisible({ timeout: 30_000 });
  } finally {
    await sandbox.faults({});
  }
  await expect(page.getByTestId('stale-banner')).toHaveCount(0, { timeout: 30_000 });
});

test("opening a caller's details shows their phone and Medicare number and is audited", async ({
  page,
  context,
  browser,
}) => {
  await signInAs(context, 'receptionist');
  const name = unique('Detailed Caller');
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name, phone: '0412 345 678', medicare: '2123 45670 1' },
  });
  await page.goto('/');
  await row(page, callId).click();
  await page.keyboard.press('Enter');
  const details = page.getByTestId('caller-details');
  await expect(details).toContainText('0412 345 678');
  await expect(details).toContainText('2123 45670 1');
  // The queue itself carries names only.
  const snapshot = await (await context.request.get(`/api/teams/${team.teamId}/waiting`)).text();
  expect(snapshot).not.toContain('0412 345 678');

  const manager = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(manager, 'manager');
  const audit = await (await manager.request.get('/api/audit?action=caller.view&limit=20')).json();
  expect(
    audit.entries.some(
      (e: { resourceId: string; actorEmail: string }) =>
        e.resourceId === callId && e.actorEmail === 'reception@example.com',
    ),
  ).toBe(true);
  await manager.close();
});

test('the live stream stays open past its session checks and keeps the data fresh', async ({ page, context }) => {
  test.setTimeout(60_000);
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await expect(page.getByTestId('data-age')).not.toHaveText('…');
  await page.waitForTimeout(1_000);
  const streams: string[] = [];
  page.on('request', (r) => r.url().includes('/waiting/stream') && streams.push(r.url()));
  await page.waitForTimeout(35_000); // past two 15-second heartbeats
  await expect(page).toHaveURL(/\/$/);
  const { callId } = await addCaller(unique('Late Arrival'));
  await expect(row(page, callId)).toBeVisible({ timeout: 6_000 });
  // No reconnects were needed: the first streams are still the ones in use.
  expect(streams).toEqual([]);
});
