import { expect, test } from '@playwright/test';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import { signInAs } from './auth-helpers';
import { sandbox, sandboxSessions } from './sandbox-control';

const MINUTE = 60_000;

test('a receptionist books a session, finds it under Upcoming, reschedules it and cancels it', async ({
  page,
  context,
}) => {
  const [team] = await sandbox.teams();
  const name = `Follow-up ${Date.now()}`;
  const tomorrow = addDays(clinicParts(Date.now(), 'Australia/Sydney').date, 1);
  await signInAs(context, 'receptionist');
  await page.goto(`/sessions/new?team=${team!.teamId}`);
  await page.getByLabel('Session name').fill(name);
  await page.getByLabel('Date', { exact: true }).fill(tomorrow);
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await page.getByLabel('30 min').check();
  await page.getByLabel('Dr Pat Practitioner').check();
  await page.getByLabel('Name', { exact: true }).fill('Pat Guest');
  await page.getByLabel('Mobile (optional)').fill('0412 345 678');
  await page.getByRole('button', { name: 'Book session' }).click();

  await expect(page.getByText('Session booked.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByTestId('session-times')).toContainText('10:00 – 10:30');
  await expect(page.getByRole('button', { name: /^Copy .*link$/ })).toHaveCount(2);
  await page.getByRole('button', { name: /Send Pat Guest's link by SMS/ }).click();
  await expect(page.getByRole('table', { name: 'Links sent' })).toContainText('Recorded, not sent');
  const detailUrl = page.url().replace('?booked=1', '');

  await page.getByRole('link', { name: '← All sessions' }).click();
  await expect(page.getByRole('button', { name: /^Upcoming/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Search by name').fill(name);
  await expect(page.getByRole('table', { name: 'Upcoming sessions' }).getByRole('link', { name })).toBeVisible();

  await page.goto(detailUrl);
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await page.getByLabel('New time').fill('11:30');
  await page.getByRole('button', { name: 'Save new time' }).click();
  await expect(page.getByTestId('session-times')).toContainText('11:30 – 12:00');

  await page.getByRole('button', { name: 'Cancel session' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Coviu cannot undo a cancellation');
  // The answer has focus: Enter does what it says.
  await expect(page.getByRole('button', { name: 'Yes, cancel it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1 [data-state]')).toHaveAttribute('data-state', 'cancelled');
  await expect(page.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);
  await expect(page.getByText('This session was cancelled, so it can no longer be changed.')).toBeVisible();
  // The button that had focus is gone: the keyboard lands on what happened, not the page's start.
  await expect(page.getByTestId('closed-reason')).toBeFocused();

  await page.goto(`/sessions?team=${team!.teamId}`);
  await page.getByRole('button', { name: /^Cancelled/ }).click();
  await expect(page.getByRole('table', { name: 'Cancelled sessions' }).getByRole('link', { name })).toBeVisible();
});

test('a finished session: nothing can be added, billable minutes show their working, the recording plays', async ({
  page,
  context,
}) => {
  const [team] = await sandbox.teams();
  const now = Date.now();
  const { session_id: id } = await sandboxSessions.arrange({
    name: `Earlier consult ${now}`,
    startTime: new Date(now - 90 * MINUTE).toISOString(),
    endTime: new Date(now - 70 * MINUTE).toISOString(),
    participants: [
      { display_name: 'Dr Pat Practitioner', role: 'host' },
      { display_name: 'Sam Guest', role: 'guest' },
    ],
  });
  // What the sandbox says happened, and the rule's answer to it: overlap of host and guest, rounded up.
  const plan = await sandboxSessions.timeline(id);
  const span = (role: string) =>
    plan.attendance
      .filter((a) => (role === 'HOST') === (a.role === 'HOST'))
      .map((a) => [Date.parse(a.entry), Date.parse(a.exit)] as const)[0]!;
  const [hostIn, hostOut] = span('HOST');
  const [guestIn, guestOut] = span('GUEST');
  const expected = Math.ceil(Math.max(0, Math.min(hostOut, guestOut) - Math.max(hostIn, guestIn)) / MINUTE);

  await signInAs(context, 'receptionist');
  const ranges: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes(`/sessions/${id}/media/`)) ranges.push(r.status());
  });
  await page.goto(`/sessions/${team!.teamId}/${id}`);
  await expect(page.locator('h1 [data-state]')).toHaveAttribute('data-state', 'finished');
  await expect(page.getByRole('button', { name: 'Add to session' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel session' })).toHaveCount(0);

  const billable = page.getByTestId('billable');
  await expect(billable).toContainText(new RegExp(`^Billable${expected} min`));
  await expect(billable).toContainText(
    /Working: \d+ min( \d+ s)? of time a host and a guest were both in the call, rounded up to whole minutes = \d+ min/,
  );
  await expect(page.getByRole('table', { name: 'Attendance' })).toContainText('Sam Guest');

  const video = page.locator('video');
  await expect(video).toHaveCount(1);
  const played = await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    await v.play();
    await new Promise((resolve) => setTimeout(resolve, 700));
    return { time: v.currentTime, error: v.error?.code ?? null };
  });
  expect(played.error).toBeNull();
  expect(played.time).toBeGreaterThan(0);
  expect(ranges).toContain(206);
});

test('a manager reviews the day: overruns, no-shows and billable minutes, with a CSV export', async ({
  page,
  context,
}) => {
  const [team] = await sandbox.teams();
  const now = Date.now();
  const name = `No-show check ${now}`;
  // Only a host: the guest never comes.
  await sandboxSessions.arrange({
    name,
    startTime: new Date(now - 50 * MINUTE).toISOString(),
    endTime: new Date(now - 30 * MINUTE).toISOString(),
    participants: [{ display_name: 'Dr Pat Practitioner', role: 'host' }],
  });
  await signInAs(context, 'manager');
  await page.goto('/sessions/review');
  const clinic = page.getByLabel('Clinic', { exact: true });
  if (await clinic.count()) await clinic.selectOption(team!.teamId);
  await page.getByLabel('Day', { exact: true }).fill(clinicParts(now - 50 * MINUTE, 'Australia/Sydney').date);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Guest never joined');
  await expect(row).toContainText('Finished');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += chunk;
    return text;
  });
  expect(csv.split('\r\n')[0]).toBe(
    'Session,Hosts,State,Scheduled start,Scheduled (min),Actual (min),Overrun (min),No-show,Summary missing,Billable (min),Booked end,Actual start,Actual end,Started late (min)',
  );
  expect(csv).toContain(`${name},Dr Pat Practitioner,finished`);
});
