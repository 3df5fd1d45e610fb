import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import type { QueueReport } from '../lib/reports/types';
import { signInAs } from './auth-helpers';
import { freeEntries, post } from './practitioners-helpers';
import { sandbox } from './sandbox-control';

// Issue 12, items 1 and 2: a consult admitted through Waitboard is counted for its practitioner
// with figures that add up; the report shows who is still waiting, compares with the period
// before, and its charts cover the clinic's whole day with labelled axes.

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

test('a manager reads still-waiting, the comparison, full-day charts and a practitioner row that adds up', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const team = (await sandbox.teams())[2]!; // managers' and admins' clinic: receptionists' specs add nobody here
  const queue = team.waitingQueues[0]!;
  const tag = Math.random().toString(36).slice(2, 7);
  await signInAs(context, 'manager');
  await page.goto('/'); // keeps the clinic polled quickly

  const add = async (label: string, joinedAt: string) =>
    (
      await sandbox.addCaller({
        teamId: team.teamId,
        waitingQueueId: queue.waitingQueueId,
        details: { name: `Figures ${label} ${tag}` },
        joinedAt,
      })
    ).callId;
  // Last week's caller, for the comparison; two admitted to one practitioner; three still waiting.
  const lastWeek = await add('Earlier', ago(8 * 24 * 60));
  const [seen, inConsult] = [await add('Seen', ago(20)), await add('In consult', ago(15))];
  const waiting = [await add('Waiting A', ago(14)), await add('Waiting B', ago(6)), await add('Waiting C', ago(2))];
  await expect
    .poll(async () => {
      const snapshot = await (await context.request.get(`/api/teams/${team.teamId}/waiting`)).json();
      return (snapshot.callers as { callId: string }[]).filter((c) => [seen, inConsult].includes(c.callId)).length;
    })
    .toBe(2);
  const [practitioner] = await freeEntries(context.request, team.teamId, 1);
  for (const callId of [seen, inConsult]) {
    const admitted = await post(context.request, `/api/teams/${team.teamId}/calls/${callId}/actions`, {
      type: 'admit',
      practitionerId: practitioner!.id,
      mode: 'route',
    });
    expect(admitted.status()).toBe(200);
  }
  await sandbox.act(lastWeek, 'leave');
  await sandbox.act(seen, 'answer', { at: ago(12) });
  await sandbox.act(inConsult, 'answer', { at: ago(5) });
  await sandbox.act(seen, 'end');

  try {
    // The API puts both consults down to the practitioner: one ended (12 minutes), one still going.
    const timezone = 'Australia/Perth';
    const today = clinicParts(Date.now(), timezone).date;
    const url = `/api/teams/${team.teamId}/reports?from=${addDays(today, -6)}&to=${today}&queue=${queue.waitingQueueId}`;
    const row = async () =>
      ((await (await context.request.get(url)).json()) as QueueReport).practitioners.find(
        (p) => p.practitionerId === practitioner!.id,
      );
    await expect.poll(async () => (await row())?.unfinished, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await row())?.consults, { timeout: 30_000 }).toBe(1);
    const report = (await (await context.request.get(url)).json()) as QueueReport;
    const mine = report.practitioners.find((p) => p.practitionerId === practitioner!.id)!;
    expect(Math.abs(mine.medianSeconds! - 720)).toBeLessThanOrEqual(30);
    expect(Math.abs(mine.totalSeconds - 720)).toBeLessThanOrEqual(5);
    // Every answered caller is counted once across the rows.
    const answered = report.practitioners.reduce((a, p) => a + p.consults + p.unfinished, 0);
    expect(answered).toBe(report.summary.answered);

    await page.goto('/reports');
    await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
    await page.getByLabel('Queue', { exact: true }).selectOption(queue.waitingQueueId);
    const headline = page.getByTestId('report-headline');

    // Still waiting now: at least our three, the longest about 14 minutes.
    const still = headline.locator('[data-measure="Still waiting now"]');
    await expect(still.locator('[data-value]')).toHaveText(/^\d+$/);
    expect(Number(await still.locator('[data-value]').textContent())).toBeGreaterThanOrEqual(3);
    await expect(still.locator('[data-change]')).toContainText(/longest \d+:\d\d · at \d\d:\d\d/);
    const [, m, sec] = /longest (\d+):(\d\d)/.exec((await still.locator('[data-change]').textContent()) ?? '')!;
    expect(Number(m) * 60 + Number(sec)).toBeGreaterThanOrEqual(14 * 60 - 5);

    // The comparison with the week before, in words.
    const previous = report.previous!.summary.arrivals;
    expect(previous).toBeGreaterThanOrEqual(1);
    const change = Math.round(((report.summary.arrivals - previous) / previous) * 100);
    await expect(headline.locator('[data-measure="Arrivals"] [data-change]')).toHaveText(
      change === 0 ? 'same as previous 7 days' : `${change > 0 ? '+' : '−'}${Math.abs(change)}% vs previous 7 days`,
    );

    // Charts over the whole clinic day, with labelled axes.
    const hourly = page.locator('[data-section="hourly"]');
    await expect(hourly.getByText('Callers per hour')).toBeAttached();
    await expect(hourly.getByText(/Hour of arrival \(clinic time, Australia\/Perth\)/)).toBeAttached();
    await expect(hourly.getByTestId('chart-hours')).toContainText(
      /Hours shown: 0[0-7]:00–(19:00|2[0-3]:00|midnight) .*default clinic day/,
    );
    const heatmap = page.getByRole('table', { name: /Average wait to answer/ });
    await expect(heatmap.getByRole('columnheader', { name: 'Weekday' })).toBeVisible();
    await expect(heatmap.getByRole('columnheader', { name: /Hour of arrival/ })).toBeVisible();
    for (const hour of ['07:00', '12:00', '18:00'])
      await expect(heatmap.getByRole('columnheader', { name: hour, exact: true })).toBeAttached();

    // The practitioner's row adds up on the page too: 1 ended, 12 minutes, 1 still in a consult.
    const table = page.getByRole('table', { name: 'Consults by practitioner' });
    const line = table.getByRole('row', { name: new RegExp(`^${practitioner!.name} `) });
    await expect(line.getByRole('cell')).toHaveText(['1', /^1[12]:\d\d$/, '12 min', '1']);
    await expect(table.locator('tfoot')).toContainText(`All (${report.summary.answered} answered)`);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  } finally {
    // Nobody left waiting or in a consult in the shared clinic.
    for (const callId of [inConsult]) await sandbox.act(callId, 'end').catch(() => undefined);
    for (const callId of waiting) await sandbox.act(callId, 'leave').catch(() => undefined);
  }
});
