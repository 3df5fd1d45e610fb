import { expect, type Page, test } from '@playwright/test';
import { signInAs, signInRequest, DEMO } from './auth-helpers';
import { addCaller, leaveArranged, rowOf, signOut, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

// The receptionist's saved filters would hide callers from every later spec: put them back.
test.afterEach(async ({ playwright, baseURL }) => {
  await leaveArranged();
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, DEMO.receptionist);
  await request.patch('/api/me/preferences', {
    data: { consoleFilters: { teamId: '', queueId: '', claim: 'all', level: 'any' } },
  });
  await request.dispose();
});

const filtersSaved = (page: Page, including: string) =>
  page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/me/preferences') &&
      r.request().postData()?.includes('consoleFilters') === true &&
      r.request().postData()?.includes(including) === true,
  );

test('name search narrows the list in the browser only, and says how many it hides', async ({ page, context }) => {
  const [team] = await sandbox.teams();
  const tag = unique('Searchable').split(' ')[1]!;
  const alpha = await addCaller(team!, `Alpha Wren ${tag}`);
  const beta = await addCaller(team!, `Beta Wren ${tag}`);
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await expect(rowOf(page, alpha)).toBeVisible();
  await expect(page.getByTestId('filter-summary')).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByLabel('Search by name')).toBeFocused();
  await page.keyboard.type(`alpha ${tag}`);
  await expect(rowOf(page, beta)).toBeHidden();
  await expect(rowOf(page, alpha)).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('filter-summary')).toContainText(/^1 of \d+ shown/);
  expect(page.url()).not.toContain(tag);
  expect(sent.filter((s) => s.includes(tag) || s.toLowerCase().includes('alpha'))).toEqual([]);

  // Names hidden: the search matches the initials on screen, not the hidden name.
  await page.getByRole('button', { name: 'Hide names' }).click();
  await expect(rowOf(page, alpha)).toBeHidden();
  await page.getByLabel('Search by initials').fill('A W');
  await expect(rowOf(page, alpha)).toBeVisible();
  await expect(rowOf(page, beta)).toBeHidden();
  await page.getByRole('button', { name: 'Show names' }).click();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowOf(page, beta)).toBeVisible();
  await expect(page.getByTestId('filter-summary')).toBeHidden();
});

test('unclaimed, mine, level, clinic and queue filters work and follow the person to another sign-in', async ({
  page,
  context,
  browser,
}) => {
  const [first, second] = await sandbox.teams();
  const free = await addCaller(first!, unique('Free Caller'));
  const claimed = await addCaller(first!, unique('Claimed Caller'));
  const late = await addCaller(first!, unique('Late Caller'), 30 * 60_000);
  const otherQueue = await addCaller(first!, unique('Other Queue Caller'), 0, 1);
  const otherClinic = await addCaller(second!, unique('Other Clinic Caller'));
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await rowOf(page, claimed).getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(rowOf(page, claimed)).toContainText('You');
  const summary = page.getByTestId('filter-summary');

  // All my teams: each row says which clinic the caller is in.
  await expect(rowOf(page, free).locator('[data-clinic]')).toHaveText(first!.name);
  await expect(rowOf(page, otherClinic).locator('[data-clinic]')).toHaveText(second!.name);

  await page.getByLabel('Handled by', { exact: true }).selectOption('mine');
  await expect(rowOf(page, claimed)).toBeVisible();
  await expect(rowOf(page, free)).toBeHidden();
  await expect(summary).toContainText('Clear filters');
  await page.getByLabel('Handled by', { exact: true }).selectOption('unclaimed');
  await expect(rowOf(page, free)).toBeVisible();
  await expect(rowOf(page, claimed)).toBeHidden();
  await page.getByLabel('Handled by', { exact: true }).selectOption('all');

  await page.getByLabel('Wait level').selectOption('critical');
  await expect(rowOf(page, late)).toBeVisible();
  await expect(rowOf(page, free)).toBeHidden();
  await page.getByLabel('Wait level').selectOption('any');

  await page.getByLabel('Team', { exact: true }).selectOption({ label: second!.name });
  await expect(rowOf(page, otherClinic)).toBeVisible();
  await expect(rowOf(page, free)).toBeHidden();
  await expect(rowOf(page, otherClinic).locator('[data-clinic]')).toHaveCount(0);

  // Saves are debounced: the one after the last change holds all of them.
  const saved = filtersSaved(page, '"claim":"unclaimed"');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: first!.name });
  await page.getByLabel('Queue', { exact: true }).selectOption({ label: first!.waitingQueues[1]!.name });
  await page.getByLabel('Handled by', { exact: true }).selectOption('unclaimed');
  await expect(rowOf(page, otherQueue)).toBeVisible();
  await expect(rowOf(page, free)).toBeHidden();
  await expect(rowOf(page, otherClinic)).toBeHidden();
  await expect(summary).toContainText(/^\d+ of \d+ shown/);
  expect((await saved).status()).toBe(200);

  await signOut(page, context);
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue(first!.teamId);
  await expect(page.getByLabel('Handled by', { exact: true })).toHaveValue('unclaimed');
  await expect(rowOf(page, otherQueue)).toBeVisible();
  await expect(rowOf(page, free)).toBeHidden();
  await expect(summary).toContainText('Clear filters');

  // Another PC: the filters are kept on the server, not in this browser.
  const elsewhere = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(elsewhere, 'receptionist');
  const other = await elsewhere.newPage();
  await other.goto('/');
  await expect(other.getByLabel('Queue', { exact: true })).toHaveValue(first!.waitingQueues[1]!.waitingQueueId);
  await expect(rowOf(other, otherQueue)).toBeVisible();
  await expect(rowOf(other, free)).toBeHidden();
  const cleared = filtersSaved(other, '"claim":"all"');
  await other.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rowOf(other, free)).toBeVisible();
  expect((await cleared).status()).toBe(200);
  await elsewhere.close();
});
