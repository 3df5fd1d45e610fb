import { expect, test } from '@playwright/test';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import { formatDuration } from '../lib/core/duration';
import { binOf, binRange } from '../lib/reports/bins';
import { signInAs } from './auth-helpers';
import { sandbox, sandboxCalls, type SandboxCall } from './sandbox-control';

const MINUTE = 60_000;

/** What the report should say, worked out from the sandbox's own record with the report's rules. */
function expected(calls: SandboxCall[], timezone: string, from: string, to: string) {
  const inRange = calls.filter((c) => {
    const day = clinicParts(Date.parse(c.joinedAt), timezone).date;
    return day >= from && day <= to;
  });
  const answered = inRange.filter((c) => c.answeredAt);
  const waits = answered.map((c) => (Date.parse(c.answeredAt!) - Date.parse(c.joinedAt)) / 1000).sort((a, b) => a - b);
  const mid = (waits.length - 1) / 2;
  const hourly = Array.from({ length: 24 }, () => 0);
  for (const c of inRange) hourly[Number(clinicParts(Date.parse(c.joinedAt), timezone).time.slice(0, 2))]!++;
  return {
    arrivals: inRange.length,
    transferredIn: inRange.filter((c) => c.previousCallId).length,
    answered: answered.length,
    abandoned: inRange.filter((c) => c.leftQueueAt && !c.answeredAt).length,
    transferredOut: inRange.filter((c) => c.transferredAt && !c.answeredAt).length,
    medianWait: (waits[Math.floor(mid)]! + waits[Math.ceil(mid)]!) / 2,
    maxWait: waits.at(-1)!,
    hourly,
  };
}

test('a manager sees the report of a clinic day, matching the lifecycle the sandbox generated', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const teams = await sandbox.teams();
  const team = teams[2]!; // only managers and admins work in this clinic: receptionists' specs add nobody here
  const [main, other] = team.waitingQueues;
  await signInAs(context, 'manager');
  // An open dashboard keeps the clinic polled quickly while the day is played out.
  await page.goto('/');

  // A clinic day: callers arrive over the last hours; most are answered, some give up, one is transferred.
  const plan = [95, 80, 64, 50, 41, 33, 27, 20, 14, 9, 6, 3];
  const ids: string[] = [];
  for (const [i, minutesAgo] of plan.entries()) {
    const { callId } = await sandbox.addCaller({
      teamId: team.teamId,
      waitingQueueId: main!.waitingQueueId,
      details: { name: `Report Caller ${i}` },
      joinedAt: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
    });
    ids.push(callId);
  }
  for (const [i, id] of ids.entries()) {
    if (i % 4 === 3) await sandbox.act(id, 'leave');
    else if (i === 5) await sandbox.act(id, 'transfer', { waitingQueueId: other!.waitingQueueId });
    else await sandbox.act(id, 'answer');
  }
  for (const [i, id] of ids.entries()) if (i % 4 !== 3 && i !== 5 && i % 2 === 0) await sandbox.act(id, 'end');

  const timezone = 'Australia/Perth';
  const today = clinicParts(Date.now(), timezone).date;
  const from = addDays(today, -1);
  const all = await sandboxCalls(team.teamId);
  const own = all.filter((c) => ids.includes(c.callId) || ids.includes(c.previousCallId ?? ''));
  expect(own.length).toBe(13); // twelve callers and the transferred one's new call
  // Other managers' specs may have callers here too: the report must count theirs as well.
  const want = expected(all, timezone, from, today);

  // Waitboard learns of each step from Coviu's webhooks and its polls; wait until it has seen them all.
  const url = `/api/teams/${team.teamId}/reports?from=${from}&to=${today}`;
  const counts = (s: Record<string, number>) => ({
    arrivals: s.arrivals,
    transferredIn: s.transferredIn,
    answered: s.answered,
    abandoned: s.abandoned,
    transferredOut: s.transferredOut,
  });
  await expect
    .poll(async () => counts((await (await page.request.get(url)).json()).summary), { timeout: 30_000 })
    .toEqual(counts(want as unknown as Record<string, number>));
  const report = await (await page.request.get(url)).json();
  expect(report.hourly.map((h: { arrivals: number }) => h.arrivals)).toEqual(want.hourly);
  expect(Math.abs(report.summary.maxWaitSeconds - want.maxWait)).toBeLessThan(1);
  // Medians are read from bins: exact to the width of the bin the true median falls in.
  const [lo, hi] = binRange(binOf(want.medianWait));
  expect(Math.abs(report.summary.medianWaitSeconds - want.medianWait)).toBeLessThanOrEqual(hi - lo);

  await page.goto('/reports');
  await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
  await page.getByLabel('From', { exact: true }).fill(from);
  const headline = page.getByTestId('report-headline');
  await expect(headline.locator('[data-measure="Arrivals"] [data-value]')).toHaveText(String(want.arrivals));
  await expect(headline.locator('[data-measure="Abandoned"] [data-value]')).toHaveText(
    new RegExp(`^${want.abandoned} \\(`),
  );
  const details = page.getByTestId('report-summary');
  await expect(details.locator('[data-measure="Answered"] dd')).toHaveText(String(want.answered));
  await expect(details.locator('[data-measure="Longest wait"] dd')).toHaveText(formatDuration(want.maxWait * 1000));

  // Every chart has a table view and a CSV.
  const hourly = page.locator('[data-section="hourly"]');
  await hourly.getByRole('button', { name: 'Show table' }).click();
  const busiest = want.hourly.indexOf(Math.max(...want.hourly));
  await expect(
    hourly.getByRole('row', { name: new RegExp(`^${String(busiest).padStart(2, '0')}:00 ${want.hourly[busiest]} `) }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.locator('[data-section="summary"]').getByRole('link', { name: 'CSV' }).click();
  const stream = await (await download).createReadStream();
  let csv = '';
  for await (const chunk of stream) csv += chunk;
  expect(csv).toContain(`Arrivals,${want.arrivals}`);
});
