import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { addCaller, leaveArranged, rowOf, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

test.afterEach(leaveArranged);

const dialog = (page: Page) => page.getByRole('dialog');

test('u undoes the last action while its Undo shows, and focus stays on the row', async ({ page, context }) => {
  const team = (await sandbox.teams())[0]!;
  const callId = await addCaller(team, unique('Reversible Caller'));
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const caller = rowOf(page, callId);
  await caller.click();
  await expect(caller).toBeFocused();

  await page.keyboard.press('c');
  await expect(caller).toContainText('You');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await page.keyboard.press('u');
  await expect(caller).not.toContainText('You');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeHidden();
  await expect(caller).toBeFocused();

  // Undo by its button: focus does not drop to the page either.
  await page.keyboard.press('c');
  await expect(caller).toContainText('You');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(caller).not.toContainText('You');
  await expect(caller).toBeFocused();

  // Nothing to undo any more: u does nothing.
  await page.keyboard.press('u');
  await expect(caller).not.toContainText('You');
  await expect(caller).toBeFocused();
});

test('focus returns to the row after every dialog closes, submitted or cancelled', async ({ page, context }) => {
  const team = (await sandbox.teams())[0]!;
  const callId = await addCaller(team, unique('Focus Caller'));
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const caller = rowOf(page, callId);
  await caller.click();

  await page.keyboard.press('n');
  await dialog(page)
    .getByLabel(/Note for the team/)
    .fill('Prefers a call back');
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(caller).toContainText('Note');
  await expect(caller).toBeFocused();

  await page.keyboard.press('p');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(caller).toBeFocused();

  await page.keyboard.press('r');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(caller).toBeFocused();

  // Opened from the row's own buttons, closed either way: back on the row, not the button.
  for (const [button, close] of [
    ['Admit', 'Cancel'],
    ['Reassign', 'Close'],
  ] as const) {
    await caller.getByRole('button', { name: button, exact: true }).click();
    await dialog(page)
      .getByRole('button', { name: new RegExp(`^${close}`) })
      .click();
    await expect(dialog(page)).toBeHidden();
    await expect(caller).toBeFocused();
  }

  await caller.getByRole('button', { name: 'Admit', exact: true }).click();
  await dialog(page).getByLabel('Practitioner', { exact: true }).selectOption({ index: 1 });
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(caller).toContainText('Admitted to');
  await expect(caller).toBeFocused();
});

test('l jumps to the caller waiting longest, which j (most urgent first) does not', async ({ page, context }) => {
  const team = (await sandbox.teams())[0]!;
  const longest = await addCaller(team, unique('Longest Waiter'), 3 * 3_600_000);
  const urgent = await addCaller(team, unique('Urgent Caller'));
  await signInAs(context, 'receptionist');
  await page.goto('/');
  await rowOf(page, urgent).click();
  await page.keyboard.press('p');
  await dialog(page).getByLabel('Urgent').check();
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toBeHidden();

  await page.keyboard.press('l');
  await expect(rowOf(page, longest)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(page, longest)).toBeFocused();
  // Not what the urgency order (which j and k walk) puts first: the urgent caller heads it.
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-call-id', urgent);
});

test('the help lists every shortcut, undo and longest waiting among them', async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  await page.goto('/');
  // Keys work once the page is live.
  await expect(page.getByTestId('data-age')).not.toHaveText('…');
  await page.keyboard.press('?');
  const help = dialog(page);
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  const expected: [string, RegExp][] = [
    ['j / ↓', /next caller/i],
    ['k / ↑', /previous caller/i],
    ['l', /waiting longest/i],
    ['c', /claim/i],
    ['a', /admit/i],
    ['r', /reassign/i],
    ['p', /priority/i],
    ['n', /note/i],
    ['d / Enter', /details/i],
    ['u', /undo/i],
    ['/', /search/i],
    ['?', /shortcuts/i],
  ];
  await expect(help.locator('kbd')).toHaveText(expected.map(([key]) => key));
  const descriptions = help.locator('dd');
  for (const [i, [, what]] of expected.entries()) await expect(descriptions.nth(i)).toHaveText(what);
});
