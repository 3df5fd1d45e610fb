import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { ESCALATION_PORT } from '../playwright.config';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

let receiver: Server;
const received: { text: string; at: number }[] = [];

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ text: (JSON.parse(body) as { text: string }).text, at: Date.now() });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(ESCALATION_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

test('a caller past the limit is escalated to the chat webhook, repeatedly, until acknowledged', async ({
  page,
  context,
}) => {
  await signInAs(context, 'receptionist');
  const [team] = await sandbox.teams();
  const queue = team!.waitingQueues[2]!;
  const name = `Escalated Person ${Date.now() % 10_000}`;
  const joinedAt = Date.now() - 11 * 60_000;
  const { callId } = await sandbox.addCaller({
    teamId: team!.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name },
    joinedAt: new Date(joinedAt).toISOString(),
  });
  // Messages name no one, and other specs leave long waiters in this queue too: this caller's are
  // those whose "has waited" puts their arrival at this caller's.
  const waitedMs = (text: string) => {
    const parts = /has waited ([\d:]+),/.exec(text)?.[1]?.split(':').map(Number) ?? [];
    return parts.reduce((total, n) => total * 60 + n, 0) * 1000;
  };
  // Only this Waitboard's posts (another instance a spec started may share the receiver), about this
  // caller: the message names no one, so its "has waited" must put the arrival at this caller's.
  const app = `Acknowledge in Waitboard: ${test.info().project.use.baseURL}`;
  const mine = () =>
    received.filter(
      (m) =>
        m.text.includes(queue.name) && m.text.includes(app) && Math.abs(m.at - waitedMs(m.text) - joinedAt) < 5_000,
    );
  await expect.poll(() => mine().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  expect(mine()[0]!.text).toMatch(/has waited 11:\d\d, past the 10-minute limit/);
  // Patient details never leave Waitboard.
  expect(received.some((m) => m.text.includes(name))).toBe(false);
  // Repeats (every 6 s in this test setup) until someone acknowledges.
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await expect(row.getByTestId('escalated')).toBeVisible();
  // The badge goes at once (optimistic); count from when the server has the acknowledgement, which
  // answers only after any post already going out has landed.
  const acknowledged = page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST');
  await row.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(row.getByTestId('escalated')).toHaveCount(0);
  expect((await acknowledged).status()).toBe(200);
  const afterAck = mine().length;
  await page.waitForTimeout(12_000);
  expect(mine().length).toBe(afterAck);
});
