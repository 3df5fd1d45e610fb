import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { sandbox } from './sandbox-control';

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

test("a waiting caller's details show an expected wait: a range with its basis in words, and each queue's", async ({
  page,
  context,
}) => {
  // The second clinic's second queue: no other test puts callers there.
  const team = (await sandbox.teams())[1]!;
  const queue = team.waitingQueues[1]!;
  // History: 22 consults of 6 to 12 minutes (median 9) that ended just now.
  const historyJoined = ago(40);
  for (let i = 0; i < 22; i++) {
    const { callId } = await sandbox.addCaller({
      teamId: team.teamId,
      waitingQueueId: queue.waitingQueueId,
      details: { name: `History Caller ${i}` },
      joinedAt: historyJoined,
    });
    await sandbox.act(callId, 'answer', { at: ago(6 + (i % 7)) });
    await sandbox.act(callId, 'end');
  }
  const suffix = Math.random().toString(36).slice(2, 7);
  const waiting: { callId: string; name: string }[] = [];
  for (const minutes of [5, 4, 3]) {
    const name = `Waiting ${minutes} ${suffix}`;
    const { callId } = await sandbox.addCaller({
      teamId: team.teamId,
      waitingQueueId: queue.waitingQueueId,
      details: { name },
      joinedAt: ago(minutes),
    });
    waiting.push({ callId, name });
  }

  try {
    await signInAs(context, 'receptionist');
    await page.goto('/');
    const last = waiting.at(-1)!;
    await page
      .locator(`tr[data-call-id="${last.callId}"]`)
      .getByRole('button', { name: last.name, exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Caller details' });
    // The history is read again once a poll has seen the consults end (within seconds).
    await expect(dialog.getByTestId('expected-wait-range')).toHaveText(/^about \d+–\d+ min$/, { timeout: 30_000 });
    const basis = dialog.getByTestId('expected-wait-basis');
    await expect(basis).toContainText('2 ahead');
    // The history is counted in clinic days: just after the clinic's midnight it spans two.
    const { timezone } = (await (
      await context.request.get(`/api/teams/${team.teamId}/calls/${last.callId}/timeline`)
    ).json()) as { timezone: string };
    const clinicDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(new Date(iso));
    const days = clinicDate(historyJoined) === clinicDate(ago(0)) ? '1 day' : '2 days';
    await expect(basis).toContainText(`median consult 9 min over the last ${days}`);
    // 22 consults is little history, and it says so.
    await expect(basis).toContainText('little history (22 consults)');
    await expect(dialog.getByTestId('expected-wait-range')).toHaveAccessibleDescription(/2 ahead/);
    await page.keyboard.press('Escape');

    // For someone joining now: behind all three.
    const summary = page.getByTestId('queue-estimates').locator(`li[data-queue="${queue.waitingQueueId}"]`);
    await expect(summary).toContainText(queue.name);
    await expect(summary).toContainText(/about \d+–\d+ min/);
    await expect(summary.getByText(/about/)).toHaveAccessibleDescription(/^3 ahead/);
  } finally {
    for (const w of waiting) await sandbox.act(w.callId, 'leave');
  }
});
