import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox, sandboxSessions } from './sandbox-control';

async function seriousViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const path of [
  '/',
  '/audit',
  '/admin/users',
  '/admin/teams',
  '/sessions',
  '/sessions/new',
  '/sessions/review',
  '/settings',
  '/reports',
  '/practitioners',
]) {
  test(`${path} has no serious accessibility violations`, async ({ page, context }) => {
    await signInAs(context, 'admin');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the wall display and a finished session’s page have no serious accessibility violations', async ({
  page,
  context,
}) => {
  const [team] = await sandbox.teams();
  const now = Date.now();
  const { session_id: id } = await sandboxSessions.arrange({
    name: 'Accessibility check',
    startTime: new Date(now - 60 * 60_000).toISOString(),
    endTime: new Date(now - 40 * 60_000).toISOString(),
    participants: [
      { display_name: 'Dr Pat Practitioner', role: 'host' },
      { display_name: 'Sam Guest', role: 'guest' },
    ],
  });
  await signInAs(context, 'manager');
  await page.goto(`/sessions/${team!.teamId}/${id}`);
  await expect(page.getByTestId('billable')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/display/${team!.teamId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
