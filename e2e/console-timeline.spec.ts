import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

test("a caller's timeline lists their arrival, who claimed them and the admission, in order", async ({
  page,
  context,
}) => {
  const team = (await sandbox.teams())[0]!;
  const queue = team.waitingQueues[0]!;
  const name = `Timeline Caller ${Math.random().toString(36).slice(2, 7)}`;
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name },
    joinedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
  });
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await row.getByRole('button', { name: 'Claim' }).click();
  await expect(row.getByTestId('claim-status')).toContainText('You');
  const { practitioners } = (await (await context.request.get(`/api/teams/${team.teamId}/practitioners`)).json()) as {
    practitioners: { id: string; name: string }[];
  };
  const practitioner = practitioners[0]!;
  const admitted = await context.request.post(`/api/teams/${team.teamId}/calls/${callId}/actions`, {
    data: { type: 'admit', practitionerId: practitioner.id, mode: 'route' },
  });
  expect(admitted.status()).toBe(200);
  await expect(row.getByTestId('admission-status')).toBeVisible();

  await row.getByRole('button', { name }).click();
  const timeline = page.getByRole('dialog').getByTestId('caller-timeline');
  const items = timeline.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`Arrived in ${queue.name}`);
  await expect(items.nth(0)).toContainText('Coviu · 2 min ago');
  await expect(items.nth(1)).toContainText('Claimed');
  await expect(items.nth(1)).toContainText('Riley Reception');
  await expect(items.nth(2)).toContainText(`Admitted to ${practitioner.name}`);
  await expect(items.nth(2)).toContainText('Riley Reception');
  // Times are the clinic's clock (the sandbox clinic is in Sydney), in a machine-readable <time>.
  const arrived = await items.nth(0).locator('time').getAttribute('datetime');
  const sydney = new Intl.DateTimeFormat('en-AU', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Australia/Sydney',
  }).format(new Date(arrived!));
  await expect(items.nth(0).locator('time')).toHaveText(sydney);

  // No patient data in the timeline's address, and another clinic's caller is not found there.
  const response = await context.request.get(`/api/teams/${team.teamId}/calls/${callId}/timeline`);
  expect(response.status()).toBe(200);
  expect(JSON.stringify(await response.json())).not.toContain(name);
  const unknown = await context.request.get(`/api/teams/${team.teamId}/calls/no-such-call/timeline`);
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/no record of this caller/);
});
