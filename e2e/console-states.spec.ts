import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { addCaller, firstTeam, rowOf, unique } from './console-helpers';
import { sandbox } from './sandbox-control';

// Issue 11 item 5: each state its own look; only callers who still wait offer actions or a wait level.
const STATES = [
  { state: 'waiting', word: 'Waiting', steps: [] },
  { state: 'on-hold', word: 'On hold', steps: ['hold'] },
  { state: 'being-seen', word: 'Being seen', steps: ['answer'] },
  { state: 'ended', word: 'Ended', steps: ['answer', 'end'] },
  { state: 'left', word: 'Left', steps: ['leave'] },
  { state: 'transferred', word: 'Transferred', steps: ['transfer'] },
] as const;

test('waiting, on hold, being seen, ended, left and transferred each look different; only the waiting can be acted on', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const team = await firstTeam();
  await signInAs(context, 'receptionist');
  await page.goto('/');
  const ids = new Map<string, string>();
  for (const { state } of STATES) ids.set(state, await addCaller(team, unique(`State ${state}`), 60_000));
  for (const { state } of STATES) await expect(rowOf(page, ids.get(state)!)).toBeVisible();
  for (const { state, steps } of STATES) {
    for (const step of steps) {
      await sandbox.act(
        ids.get(state)!,
        step,
        step === 'transfer' ? { waitingQueueId: team.waitingQueues[1]!.waitingQueueId } : undefined,
      );
    }
  }

  const colours = new Set<string>();
  for (const { state, word } of STATES) {
    const row = rowOf(page, ids.get(state)!);
    await expect(row).toHaveAttribute('data-state', state);
    const badge = row.getByTestId('state-badge');
    await expect(badge).toHaveText(word);
    await expect(badge.locator('svg')).toHaveCount(1);
    colours.add(await badge.evaluate((b) => `${getComputedStyle(b).color} ${getComputedStyle(b).backgroundColor}`));
    const actionable = state === 'waiting' || state === 'on-hold';
    await expect(row.getByTestId('level-badge')).toHaveCount(actionable ? 1 : 0);
    for (const action of ['Claim', 'Admit', 'Reassign']) {
      await expect(row.getByRole('button', { name: action, exact: true })).toHaveCount(actionable ? 1 : 0);
    }
    await expect(row.getByRole('button', { name: /^Actions for/ })).toHaveCount(actionable ? 1 : 0);
    if (!actionable) await expect(row).not.toContainText('On time');
    if (state === 'ended' || state === 'left' || state === 'transferred') {
      await expect(row).toHaveAttribute('data-gone', 'true');
    } else {
      await expect(row).not.toHaveAttribute('data-gone');
    }
  }
  expect(colours.size).toBe(STATES.length);

  // Gone callers fade: a dimmed row, unlike a caller who still waits.
  const background = (state: string) =>
    rowOf(page, ids.get(state)!).evaluate((r) => getComputedStyle(r).backgroundColor);
  expect(await background('left')).not.toBe(await background('waiting'));
  expect(await background('left')).toBe(await background('ended'));
});

test('a caller who left stays dimmed for two minutes after they went, then leaves the list', async ({
  page,
  context,
}) => {
  const team = await firstTeam();
  await signInAs(context, 'receptionist');
  // The page's clock, moved on by the test: time flows as usual until it jumps.
  await page.clock.install();
  await page.goto('/');
  const id = await addCaller(team, unique('Gone soon'), 60_000);
  const row = rowOf(page, id);
  await expect(row).toBeVisible();
  await sandbox.act(id, 'leave');
  await expect(row).toHaveAttribute('data-gone', 'true');
  await page.clock.fastForward('01:30');
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-gone', 'true');
  // Whatever the server's clock says meanwhile, two more minutes are past its two minutes.
  await page.clock.fastForward('02:00');
  await expect(row).toHaveCount(0);
});
