import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

test('a manager lowers a threshold and an open dashboard changes level without a reload', async ({
  page,
  context,
  browser,
}) => {
  const [team] = await sandbox.teams();
  const queue = team!.waitingQueues[1]!;
  const { callId } = await sandbox.addCaller({
    teamId: team!.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name: 'Threshold Caller' },
    joinedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
  });
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await expect(row).toHaveAttribute('data-level', 'ok');

  const managerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(managerContext, 'manager');
  const settings = await managerContext.newPage();
  await settings.goto('/settings');
  const clinic = settings.getByLabel('Clinic', { exact: true });
  if (await clinic.count()) await clinic.selectOption(team!.teamId);
  const warn = settings.getByLabel(`${queue.name}: Normal, long wait after minutes`);
  await settings.getByText(`${queue.name} (as for all queues)`).click();
  await warn.fill('1');
  await settings.getByLabel(`${queue.name}: Normal, over limit after minutes`).fill('30');
  await settings.getByRole('button', { name: 'Save wait limits' }).click();
  await expect(settings.getByText('Wait limits saved. Open dashboards use them now.')).toBeVisible();

  // The receptionist's page was not reloaded: the setting arrived over its live stream.
  await expect(row).toHaveAttribute('data-level', 'warn');
  await expect(row).toContainText('Long wait');

  // Nonsense is refused with a reason, and nothing changes.
  await warn.fill('40');
  await settings.getByRole('button', { name: 'Save wait limits' }).click();
  await expect(settings.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  await expect(warn).toHaveAttribute('aria-invalid', 'true');
  await expect(warn).toHaveAccessibleDescription('Normal: The over-limit time must be longer than the warning time.');
  await expect(row).toHaveAttribute('data-level', 'warn');

  // Back to the clinic's defaults for the tests that follow.
  await warn.fill('');
  await settings.getByLabel(`${queue.name}: Normal, over limit after minutes`).fill('');
  await settings.getByRole('button', { name: 'Save wait limits' }).click();
  await expect(settings.getByText('Wait limits saved. Open dashboards use them now.')).toBeVisible();
  await expect(row).toHaveAttribute('data-level', 'ok');
  await managerContext.close();
});
