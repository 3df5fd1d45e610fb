import { type BrowserContext, expect, test } from '@playwright/test';
import { addDays, clinicParts } from '../lib/core/clinic-time';
import { leftReasonLabel } from '../lib/sessions/left-reason';
import { timeAxis } from '../lib/sessions/time-axis';
import { signInAs } from './auth-helpers';
import { seriousViolations } from './axe-helpers';
import { sandbox, sandboxSessions } from './sandbox-control';

const MINUTE = 60_000;
const TZ = 'Australia/Sydney';

async function finishedSession(name: string, minutesAgo = 90) {
  const now = Date.now();
  const startTime = new Date(now - minutesAgo * MINUTE).toISOString();
  const endTime = new Date(now - (minutesAgo - 20) * MINUTE).toISOString();
  const { session_id: id } = await sandboxSessions.arrange({
    name,
    startTime,
    endTime,
    participants: [
      { display_name: 'Dr Pat Practitioner', role: 'host' },
      { display_name: 'Sam Guest', role: 'guest' },
    ],
  });
  return { id, startTime, endTime, plan: await sandboxSessions.timeline(id) };
}

async function playAudits(manager: BrowserContext, sessionId: string): Promise<number> {
  const response = await manager.request.get('/api/audit?action=session.recording_play&limit=200');
  expect(response.ok()).toBe(true);
  const { entries } = (await response.json()) as { entries: { resourceId: string | null }[] };
  return entries.filter((e) => e.resourceId === sessionId).length;
}

test.describe('at 1366 × 768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a finished session shows what happened first, offers no impossible actions, and says why', async ({
    page,
    context,
  }) => {
    const [team] = await sandbox.teams();
    const { id, startTime, endTime, plan } = await finishedSession(`Summary first ${Date.now()}`);
    await signInAs(context, 'receptionist');
    await page.goto(`/sessions/${team!.teamId}/${id}`);
    await expect(page.locator('h1 [data-state]')).toHaveAttribute('data-state', 'finished');

    // The summary's figures are on the first screen, above the people and links.
    await expect(page.getByTestId('billable')).toBeInViewport();
    await expect(page.getByTestId('fact-attended')).toContainText('2 of 2');
    await expect(page.getByTestId('fact-length')).toContainText('booked 20 min');
    await expect(page.getByTestId('fact-recordings')).toContainText('1');
    const summaryTop = (await page.getByRole('heading', { name: 'What happened' }).boundingBox())!.y;
    const peopleTop = (await page.getByRole('heading', { name: 'People', exact: true }).boundingBox())!.y;
    expect(summaryTop).toBeLessThan(peopleTop);

    for (const name of ['Reschedule', 'Cancel session', 'Add to session'])
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    await expect(page.getByTestId('closed-reason')).toHaveText(/has finished, so it can no longer be rescheduled/);

    // Reasons in words, as the sandbox's plan says each person left.
    const table = page.getByRole('table', { name: 'Attendance' });
    for (const a of plan.attendance) {
      const words = leftReasonLabel(a.leftReason)!;
      expect(words).not.toContain('-');
      await expect(table).toContainText(words);
      await expect(table).not.toContainText(a.leftReason);
    }

    // The axis: round clinic times spanning the booked window and the call.
    const points = [
      startTime,
      endTime,
      plan.actualStart,
      plan.actualEnd,
      ...plan.attendance.flatMap((a) => [a.entry, a.exit]),
    ]
      .filter((x): x is string => Boolean(x))
      .map(Date.parse);
    const expected = timeAxis(Math.min(...points), Math.max(...points), TZ).ticks.map((t) => t.label);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const ticks = page.getByTestId('time-axis').locator('span');
    await expect(ticks).toHaveText(expected);
    const timeline = page.getByTestId('attendance-timeline');
    await expect(timeline).toContainText('Dr Pat PractitionerHost ·');
    await expect(timeline).toContainText('Sam GuestGuest ·');
    await expect(timeline).toContainText(`Times in clinic time (${TZ})`);
  });

  test('opening a session page does not audit a playback; pressing play does, once', async ({
    page,
    context,
    browser,
  }) => {
    const [team] = await sandbox.teams();
    const { id } = await finishedSession(`Playback audit ${Date.now()}`, 70);
    const manager = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    await signInAs(manager, 'manager');
    await signInAs(context, 'receptionist');
    const plays: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/play')) plays.push(new URL(r.url()).pathname);
    });
    await page.goto(`/sessions/${team!.teamId}/${id}`);
    const video = page.locator('video');
    await expect(video).toHaveCount(1);
    // The player has fetched the start of the file (its metadata): that is not someone watching.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    expect(await playAudits(manager, id)).toBe(0);

    // Plays until the position has moved on (or 10 s), then pauses: the answer is how far it got.
    const playOnce = () =>
      video.evaluate(async (v: HTMLVideoElement) => {
        v.muted = true;
        const from = v.currentTime;
        await v.play();
        for (let i = 0; i < 200 && v.currentTime <= from + 0.1; i++) await new Promise((r) => setTimeout(r, 50));
        v.pause();
        return v.currentTime - from;
      });
    expect(await playOnce()).toBeGreaterThan(0);
    await expect.poll(() => playAudits(manager, id)).toBe(1);
    expect(await playOnce()).toBeGreaterThan(0);
    expect(plays).toHaveLength(1);
    expect(plays[0]).toMatch(
      new RegExp(`^/api/teams/${team!.teamId}/sessions/${id}/media/[\\w-]+/[\\w-]+/[\\w-]+/play$`),
    );
    expect(await playAudits(manager, id)).toBe(1);
    await manager.close();
  });

  test('the Finished list reads newest first', async ({ page, context }) => {
    const [team] = await sandbox.teams();
    const tag = `Order ${Date.now()}`;
    const now = Date.now();
    for (const [label, hoursAgo] of [
      ['older', 6],
      ['newest', 2],
      ['middle', 4],
    ] as const) {
      await sandboxSessions.arrange({
        name: `${tag} ${label}`,
        startTime: new Date(now - hoursAgo * 60 * MINUTE).toISOString(),
        endTime: new Date(now - hoursAgo * 60 * MINUTE + 20 * MINUTE).toISOString(),
        participants: [{ display_name: 'Dr Pat Practitioner', role: 'host' }],
      });
    }
    await signInAs(context, 'receptionist');
    await page.goto(`/sessions?team=${team!.teamId}`);
    await page.getByRole('button', { name: /^Finished/ }).click();
    await page.getByLabel('Search by name').fill(tag);
    const links = page.getByRole('table', { name: 'Finished sessions' }).getByRole('link');
    await expect(links).toHaveText([`${tag} newest`, `${tag} middle`, `${tag} older`]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a booking’s problems are marked on their fields and focus goes to the first', async ({ page, context }) => {
    const [team] = await sandbox.teams();
    const yesterday = addDays(clinicParts(Date.now(), TZ).date, -1);
    await signInAs(context, 'receptionist');
    await page.goto(`/sessions/new?team=${team!.teamId}`);
    await page.getByLabel('Date', { exact: true }).fill(yesterday);
    await page.getByLabel('Dr Pat Practitioner').check();
    await page.getByLabel('Mobile (optional)').fill('12');
    await page.getByRole('button', { name: 'Book session' }).click();

    const guestName = page.getByLabel('Name', { exact: true });
    const mobile = page.getByLabel('Mobile (optional)');
    await expect(guestName).toHaveAttribute('aria-invalid', 'true');
    await expect(guestName).toHaveAccessibleDescription('Enter the guest’s name.');
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAccessibleDescription(/phone number of 8 to 20 digits/);
    await expect(guestName).toBeFocused();
    await expect(page.getByLabel('Session name')).not.toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);

    // Fixed those; the start in the past is now the first (and only) problem, on the time.
    await guestName.fill('Pat Guest');
    await mobile.fill('');
    await page.getByRole('button', { name: 'Book session' }).click();
    const time = page.getByLabel('Time', { exact: true });
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await expect(time).toHaveAccessibleDescription(/Clinic time .* The start must be in the future\./);
    await expect(time).toBeFocused();
    await expect(guestName).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a finished session’s page has no serious accessibility violations', async ({ page, context }) => {
    const [team] = await sandbox.teams();
    const { id } = await finishedSession(`Axe check ${Date.now()}`, 80);
    await signInAs(context, 'manager');
    await page.goto(`/sessions/${team!.teamId}/${id}`);
    await expect(page.getByTestId('time-axis')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
