import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

test("clicking a caller's name opens their details, which close with Close or Esc, back on the row", async ({
  page,
  context,
}) => {
  const team = (await sandbox.teams())[0]!;
  const name = `Clicked Caller ${Math.random().toString(36).slice(2, 7)}`;
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name, phone: '0498 765 432' },
  });
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  const dialog = page.getByRole('dialog', { name: 'Caller details' });

  await row.getByRole('button', { name, exact: true }).click();
  await expect(dialog.getByTestId('caller-details')).toContainText('0498 765 432');
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toContainText('Esc');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row).toBeFocused();

  await row.getByRole('button', { name, exact: true }).click();
  await expect(dialog.getByTestId('caller-details')).toBeVisible();
  await close.click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeFocused();

  // The shortcut help closes the same way.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help.getByRole('button', { name: 'Close' })).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
});
