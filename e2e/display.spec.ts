import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

test('a TV opens the wall display with a display link, shows initials, and recovers after its stream drops', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const teams = await sandbox.teams();
  const team = teams[1]!;
  const queue = team.waitingQueues[0]!;
  const first = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name: 'Wendy Wallace' },
    joinedAt: new Date(Date.now() - 90_000).toISOString(),
  });

  // A manager makes a display link for the clinic.
  await signInAs(context, 'manager');
  await page.goto('/settings');
  await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
  await page.getByLabel('Display name').fill('E2E waiting room TV');
  await page.getByRole('button', { name: 'Make a display link' }).click();
  const link = (await page.getByTestId('display-link').textContent())!;
  expect(link).toMatch(/\/display\/connect\/[\w-]{40,}$/);

  // The TV has no staff session: the link alone opens the display, and the secret leaves the address bar.
  const tv = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const screen = await tv.newPage();
  await screen.goto(link);
  await expect(screen).toHaveURL(new RegExp(`/display/${team.teamId}$`));
  const row = screen.locator(`li[data-call-id="${first.callId}"]`);
  await expect(row).toContainText('W. W.');
  await expect(row).not.toContainText('Wendy');
  await expect(row).toHaveAttribute('data-level', 'ok');
  await expect(screen.getByTestId('display-stale')).toHaveCount(0);

  // The network drops: the display says so and keeps the last data on screen…
  await tv.setOffline(true);
  await expect(screen.getByTestId('display-stale')).toContainText('reconnecting');
  await expect(row).toBeVisible();
  const second = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name: 'Oscar Ortiz' },
  });

  // …and catches up by itself when it comes back.
  await tv.setOffline(false);
  await expect(screen.locator(`li[data-call-id="${second.callId}"]`)).toContainText('O. O.', { timeout: 30_000 });
  await expect(screen.getByTestId('display-stale')).toHaveCount(0);

  // Revoked, the link opens nothing any more.
  await page.reload();
  await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
  await page.getByRole('button', { name: 'Revoke E2E waiting room TV' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke the link' }).click();
  await expect(page.getByRole('table', { name: 'Display links' })).toContainText('Revoked');
  await screen.reload();
  await expect(screen).toHaveURL(/\/signin/);
  const again = await tv.request.get(link, { maxRedirects: 0 });
  expect(again.status()).toBe(401);
  await tv.close();
});
