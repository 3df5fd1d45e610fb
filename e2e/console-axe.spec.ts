import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { addCaller, firstTeam, rowOf, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

// Issue 11: the console in each state has no serious accessibility violations, in both themes.
async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the console in the ${scheme} theme: list, drawer, each dialog and hidden names pass axe`, async ({
    page,
    context,
  }) => {
    // Eight whole-page axe scans, each a few seconds on two cores: more than the default minute.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 900 });
    const team = await firstTeam();
    const name = unique('Axe Caller');
    const callId = await addCaller(team, name, 6 * 60_000);
    const onHold = await addCaller(team, unique('Axe Hold'), 11 * 60_000);
    const seen = await addCaller(team, unique('Axe Seen'));
    const gone = await addCaller(team, unique('Axe Gone'));
    await sandbox.act(onHold, 'hold');
    await sandbox.act(seen, 'answer');
    await sandbox.act(gone, 'leave');
    await signInAs(context, 'receptionist');
    await page.goto('/');
    const row = rowOf(page, callId);
    await expect(row).toBeVisible();
    await expect(rowOf(page, gone)).toHaveAttribute('data-state', 'left');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain(scheme);
    expect(await serious(page), 'list').toEqual([]);

    await row.getByRole('button', { name, exact: true }).click();
    await expect(page.getByTestId('caller-details')).toBeVisible();
    expect(await serious(page), 'drawer').toEqual([]);
    await page.keyboard.press('Escape');

    await row.click();
    for (const [key, title] of [
      ['a', 'Admit to a practitioner'],
      ['r', 'Reassign'],
      ['p', 'Set priority'],
      ['n', 'Note'],
      ['?', 'Keyboard shortcuts'],
    ] as const) {
      await page.keyboard.press(key);
      const dialog = page.getByRole('dialog', { name: new RegExp(title) });
      await expect(dialog).toBeVisible();
      expect(await serious(page), title).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await row.click();
    }

    await page.getByRole('button', { name: 'Hide names' }).click();
    try {
      await expect(page.getByRole('button', { name: 'Show names' })).toBeVisible();
      expect(await serious(page), 'names hidden').toEqual([]);
    } finally {
      // Remembered for the person: shown again, even when this failed, so later specs find names.
      const shown = await page.request.patch('/api/me/preferences', { data: { privacyMode: false } });
      expect(shown.status()).toBe(200);
    }
  });
}
