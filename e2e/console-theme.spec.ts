import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';

// Dark follows the computer by default; a person's own choice is remembered on the server.
const scheme = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
const canvas = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the computer, and a chosen theme is remembered for the person', async ({
  page,
  context,
  browser,
}) => {
  await signInAs(context, 'practitioner');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await scheme(page)).toBe('light dark');
  const darkCanvas = await canvas(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await canvas(page)).not.toBe(darkCanvas);

  await page.getByRole('button', { name: /^Theme:/ }).click();
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PATCH',
  );
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  expect(await scheme(page)).toBe('dark');
  expect(await canvas(page)).toBe(darkCanvas);

  // Another computer, set to light: the person's choice comes with them.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, colorScheme: 'light' });
  await signInAs(other, 'practitioner');
  const elsewhere = await other.newPage();
  await elsewhere.goto('/sessions');
  expect(await scheme(elsewhere)).toBe('dark');
  expect(await canvas(elsewhere)).toBe(darkCanvas);
  await other.close();

  const origin = new URL(page.url()).origin;
  const refused = await context.request.patch('/api/me/preferences', {
    data: { theme: 'purple' },
    headers: { origin },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toMatch(/theme/);

  await page.getByRole('button', { name: 'Theme: Dark' }).click();
  await page.getByRole('menuitemradio', { name: 'Match this computer' }).click();
  await expect(page.getByRole('button', { name: 'Theme: Match this computer' })).toBeVisible();
});
