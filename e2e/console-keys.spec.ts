import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

// Shortcuts belong to the callers' list; Enter on a control does what the control says.
test('Enter on a focused control does what the control does, never opens the selected caller', async ({
  page,
  context,
  browser,
}) => {
  const team = (await sandbox.teams())[0]!;
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name: `Keyboard Caller ${Math.random().toString(36).slice(2, 7)}` },
  });
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await row.click();
  const details = page.getByTestId('caller-details');

  await page.getByRole('button', { name: 'Hide names' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show names' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Show names' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Hide names' })).toBeVisible();

  await row.getByRole('button', { name: 'Claim' }).focus();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('You');
  await expect(details).toBeHidden();

  await page.getByRole('link', { name: 'Sessions' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sessions/);

  const manager = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInAs(manager, 'manager');
  const audit = (await (await manager.request.get('/api/audit?action=caller.view&limit=100')).json()) as {
    entries: { resourceId: string }[];
  };
  expect(audit.entries.filter((e) => e.resourceId === callId)).toEqual([]);
  await manager.close();
});
