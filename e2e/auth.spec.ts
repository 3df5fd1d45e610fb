import { expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './auth-helpers';

test('a receptionist signs in with the demo account and sees their clinics', async ({ page }) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faudit/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel('Email').fill(DEMO.receptionist);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Waiting now' })).toBeVisible();
  await expect(page.getByText('Riley Reception')).toBeVisible();
  await expect(page.getByLabel('Team', { exact: true }).locator('option')).toHaveText([
    'All my teams',
    'Harbourside Family Clinic',
    'Riverbend Physiotherapy',
  ]);
  await expect(page.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  // A receptionist is sent to the 403 page, with a real 403 status.
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});

test('a wrong password gets a message that does not say whether the account exists', async ({ page }) => {
  const messages: string[] = [];
  for (const email of [DEMO.manager, 'nobody-here@example.com']) {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'did not work' });
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? '');
  }
  expect(messages[0]).toBe(messages[1]);
});

test('signing out in one tab signs out every tab', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/signin');
  await first.getByLabel('Email').fill(DEMO.practitioner);
  await first.getByLabel('Password').fill(DEMO_PASSWORD);
  await first.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(first.getByRole('heading', { name: 'Waiting now' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Waiting now' })).toBeVisible();

  const before = await context.storageState();

  await first.getByRole('button', { name: 'Sign out' }).click();
  await expect(first).toHaveURL(/\/signin/);
  await expect(second).toHaveURL(/\/signin/, { timeout: 10_000 });
  expect((await context.request.get('/api/me')).status()).toBe(401);

  // The session token copied before signing out is dead too, not just deleted from this browser.
  const copy = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL, storageState: before });
  expect((await copy.get('/api/me')).status()).toBe(401);
  await copy.dispose();
});

test('pages carry a nonce CSP and the security headers', async ({ page }) => {
  const response = await page.goto('/signin');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // The nonce works: React hydrated the form, so the button responds.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Email')).toBeFocused();
});
