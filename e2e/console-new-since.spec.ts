import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { addCaller, leaveArranged, openConsole, rowOf, signOut, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

test.afterEach(leaveArranged);

// Item 8: "New" means arrived since this person last looked, remembered on the server per person.
test('after signing in again, New marks only callers who arrived since the last look, per person', async ({
  page,
  context,
}) => {
  // Four sign-ins, each waiting for the console to record its look (a few seconds after opening).
  test.setTimeout(120_000);
  const team = (await sandbox.teams())[0]!;
  const marker = (callId: string) => rowOf(page, callId).getByText(/^(New|Changed)$/);

  const before = await addCaller(team, unique('Before Look'));
  await signInAs(context, 'receptionist');
  await openConsole(page);
  await expect(rowOf(page, before)).toBeVisible();
  await signOut(page, context);

  // A second person on the same PC looks later, and claims the first caller.
  const between = await addCaller(team, unique('Between Looks'));
  await signInAs(context, 'manager');
  await openConsole(page);
  await rowOf(page, before).getByRole('button', { name: 'Claim' }).click();
  await expect(rowOf(page, before)).toContainText('You');
  await expect(rowOf(page, between)).toBeVisible();
  await signOut(page, context);

  const after = await addCaller(team, unique('After Looks'));
  await signInAs(context, 'receptionist');
  await openConsole(page);
  await expect(marker(after)).toHaveText('New');
  await expect(marker(between)).toHaveText('New');
  // There at the last look, claimed by someone else since.
  await expect(marker(before)).toHaveText('Changed');
  await signOut(page, context);

  // The manager's own last look came after "between" arrived: only "after" is new to them.
  await signInAs(context, 'manager');
  await openConsole(page);
  await expect(marker(after)).toHaveText('New');
  await expect(rowOf(page, between)).toBeVisible();
  await expect(marker(between)).toHaveCount(0);
});

test('the preferences refuse bad filters and looks at other teams, saying why', async ({ context }) => {
  await signInAs(context, 'receptionist');
  const patch = (data: unknown) => context.request.patch('/api/me/preferences', { data });

  const badFilter = await patch({ consoleFilters: { teamId: '', queueId: '', claim: 'everyone', level: 'any' } });
  expect(badFilter.status()).toBe(400);
  expect(((await badFilter.json()) as { error: { message: string } }).error.message).toContain(
    'claim must be "all", "unclaimed" or "mine"',
  );
  const badLook = await patch({ looking: 'all' });
  expect(badLook.status()).toBe(400);
  expect(((await badLook.json()) as { error: { message: string } }).error.message).toContain('list of team ids');
  const notMine = await patch({ looking: ['someone-elses-team'] });
  expect(notMine.status()).toBe(403);
  expect(((await notMine.json()) as { error: { message: string } }).error.message).toContain('your own teams');

  const team = (await sandbox.teams())[0]!;
  expect((await patch({ looking: [team.teamId] })).status()).toBe(200);
});
