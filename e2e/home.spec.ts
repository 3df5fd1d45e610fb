import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

const JWT = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/;

test("a caller is followed through answer and leaving, with Coviu's own wait times", async ({ page, context }) => {
  await signInAs(context, 'receptionist');
  const [team] = await sandbox.teams();
  const queue = team!.waitingQueues[1]!;
  const name = `Edith Testcaller ${Date.now() % 100_000}`;
  await page.goto('/');
  const joinedAt = new Date(Date.now() - 6 * 60_000).toISOString();
  const { callId } = await sandbox.addCaller({
    teamId: team!.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name },
    joinedAt,
  });
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await expect(row).toContainText(name);
  await expect(row).toContainText(queue.name);
  await expect(row).toContainText('Waiting');
  // The clock starts from Coviu's joinedAt, not from when Waitboard first saw the caller.
  await expect(row.locator('td').nth(4)).toHaveText(/^6:\d\d$/);

  await sandbox.act(callId, 'answer');
  await expect(row).toContainText('Being seen');
  await sandbox.act(callId, 'leave');
  await expect(row).toContainText('Ended');
  await expect(row.getByRole('button', { name: 'Claim' })).toHaveCount(0);
});

test('no Coviu secret or token reaches the browser', async ({ page, context }) => {
  await signInAs(context, 'admin');
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().startsWith('http://127.0.0.1')) bodies.push(await response.text().catch(() => ''));
  });
  for (const path of ['/', '/audit', '/admin/users', '/admin/teams']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(page.locator('section').first()).toBeVisible();
  const [team] = await sandbox.teams();
  for (const path of [
    '/api/health',
    '/api/teams',
    '/api/me',
    `/api/teams/${team!.teamId}/waiting`,
    '/api/admin/users',
  ]) {
    bodies.push(await (await context.request.get(path)).text());
  }
  expect(bodies.length).toBeGreaterThan(8);
  for (const body of bodies) {
    expect(body).not.toContain('sandbox-secret');
    expect(body).not.toMatch(JWT);
  }

  // The browser bundle holds no server-side Coviu code or secret names.
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(process.cwd(), '.next', 'static'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const marker of [
      'sandbox-secret',
      'COVIU_CLIENT_SECRET',
      'SANDBOX_CLIENT_SECRET',
      'clientSecret',
      'grant_type',
    ]) {
      expect(text, `${file} contains ${marker}`).not.toContain(marker);
    }
  }
});
