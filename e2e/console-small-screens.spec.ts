import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { addCaller, expectNoSideScroll, expectOnScreen, firstTeam, rowOf, unique } from './console-helpers';

// Issue 11 item 4: no sideways scroll at any width; every row shows its wait, level and a way to act.
const WIDTHS = [
  { width: 390, height: 844, act: 'buttons' },
  { width: 820, height: 1180, act: 'menu' },
  { width: 1024, height: 768, act: 'menu' },
  { width: 1366, height: 768, act: 'buttons' },
  { width: 1920, height: 1080, act: 'buttons' },
] as const;

test('at 390, 820, 1024, 1366 and 1920 px the page never scrolls sideways and each caller can be acted on', async ({
  page,
  context,
}) => {
  const team = await firstTeam();
  const name = unique('Narrow Caller');
  const callId = await addCaller(team, name, 90_000);
  await signInAs(context, 'receptionist');
  for (const { width, height, act } of WIDTHS) {
    await test.step(`${width} px`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      const row = rowOf(page, callId);
      await expect(row).toBeVisible();
      await expectNoSideScroll(page);
      await expectOnScreen(page, row.locator('td').nth(4));
      await expect(row.locator('td').nth(4)).toHaveText(/^1:\d\d$/);
      await expectOnScreen(page, row.getByTestId('level-badge'));
      await expectOnScreen(page, row.getByRole('button', { name: `Actions for ${name}` }));
      if (act === 'buttons') {
        for (const action of ['Claim', 'Admit', 'Reassign']) {
          await expectOnScreen(page, row.getByRole('button', { name: action, exact: true }));
        }
      } else {
        await expect(row.getByRole('button', { name: 'Admit', exact: true })).toBeHidden();
      }
    });
  }
});

test('on a medium screen the row menu, named for its caller, opens the admit dialog', async ({ page, context }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const team = await firstTeam();
  const name = unique('Menu Caller');
  const callId = await addCaller(team, name);
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await rowOf(page, callId)
    .getByRole('button', { name: `Actions for ${name}` })
    .click();
  const menu = page.getByRole('menu', { name: `Actions for ${name}` });
  await menu.getByRole('menuitem', { name: 'Admit…' }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`Admit to a practitioner: ${name}`) });
  await expect(dialog).toBeVisible();
  await expectOnScreen(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('on a phone each caller is a card, and the admit dialog is wholly on screen', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const team = await firstTeam();
  const name = unique('Phone Caller');
  const callId = await addCaller(team, name);
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const row = rowOf(page, callId);
  await expect(row).toBeVisible();
  await expect(page.locator('[data-caller-list] thead')).toBeHidden();
  // A card: name and level on one line, the state and wait below them, the actions under those.
  const nameBox = (await row.getByRole('button', { name, exact: true }).boundingBox())!;
  const stateBox = (await row.getByTestId('state-badge').boundingBox())!;
  const claimBox = (await row.getByRole('button', { name: 'Claim', exact: true }).boundingBox())!;
  expect(stateBox.y).toBeGreaterThan(nameBox.y + nameBox.height - 1);
  expect(claimBox.y).toBeGreaterThan(stateBox.y + stateBox.height - 1);
  expect(claimBox.height).toBeGreaterThanOrEqual(32);

  await row.getByRole('button', { name: 'Admit', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await expectNoSideScroll(page);
});
