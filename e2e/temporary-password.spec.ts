import { expect, test } from '@playwright/test';
import { signInAs, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

test('a temporary password opens only the page where its holder chooses their own', async ({ context, browser }) => {
  const team = (await sandbox.teams())[0]!;
  await signInAs(context, 'admin');
  const email = `temporary.${Date.now()}@example.com`;
  const made = await context.request.post('/api/admin/users', {
    data: { email, name: 'Tam Porary', role: 'receptionist', teamIds: [team.teamId] },
    headers: { origin: test.info().project.use.baseURL! },
  });
  expect(made.status()).toBe(201);
  const { temporaryPassword } = (await made.json()) as { temporaryPassword: string };

  const theirs = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await signInRequest(theirs.request, email, temporaryPassword)).toBe(200);
  expect((await theirs.request.get('/api/me')).status()).toBe(200);
  const teams = await theirs.request.get('/api/teams');
  expect(teams.status()).toBe(403);
  expect((await teams.json()).error.code).toBe('password_change_required');
  // The wall display's routes are public (a TV has no account): a temporary password opens none.
  expect((await theirs.request.get(`/api/display/${team.teamId}/stream`)).status()).toBe(401);

  const page = await theirs.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('tam chose these words');
  await page.getByLabel('New password again').fill('tam chose these words');
  await page.getByRole('button', { name: 'Save and sign in again' }).click();
  await expect(page).toHaveURL(/\/signin\?reason=password-changed/);
  await expect(page.getByText('Your password is changed. Sign in with it now.')).toBeVisible();
  await theirs.close();

  const again = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await signInRequest(again.request, email, temporaryPassword)).not.toBe(200);
  expect(await signInRequest(again.request, email, 'tam chose these words')).toBe(200);
  expect((await again.request.get('/api/teams')).status()).toBe(200);
  await again.close();
});
