import { expect, type Locator, type Page, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

// A caller's name comes from whatever the patient typed into Coviu's waiting room: it can be long
// and unbroken. It must never push a wait clock, a level or an action off a 1280 px screen.
const WIDTH = 1280;
const LONG_NAME = `Bartholomew${'X'.repeat(5_000)}`;

async function within(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
}

test('a 5,000-character name is truncated, with the full text at hand, and hides no wait clock', async ({
  page,
  context,
  browser,
}) => {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  const team = (await sandbox.teams())[0]!;
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name: LONG_NAME },
    // The longest wait of all: the wall shows the most urgent callers first, and only as many as fit.
    joinedAt: new Date(Date.now() - 6 * 3_600_000).toISOString(),
  });

  await signInAs(context, 'manager');
  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await expect(row).toBeVisible();
  await within(page, row.locator('td').nth(4));
  await within(page, row.locator('td').nth(0));
  await within(page, row.getByRole('button', { name: 'Admit' }));
  await expect(row.locator(`[title="${LONG_NAME}"]`)).toHaveCount(1);
  const urgent = await context.request.post(`/api/teams/${team.teamId}/calls/${callId}/actions`, {
    data: { type: 'priority', priority: 2 },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(urgent.status()).toBe(200);

  // A TV showing full names (the clinic's choice for that link) keeps the clock on screen too.
  const made = await context.request.post(`/api/teams/${team.teamId}/display-tokens`, {
    data: { label: 'Long names TV', showNames: 'full' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(made.status()).toBe(201);
  const { link } = (await made.json()) as { link: string };
  const tv = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: WIDTH, height: 800 },
  });
  const screen = await tv.newPage();
  await screen.goto(link);
  const item = screen.locator(`li[data-call-id="${callId}"]`);
  await expect(item).toBeVisible();
  await within(screen, item.locator('.tabular-nums'));
  await within(screen, item.locator('span').last());
  await tv.close();
});
