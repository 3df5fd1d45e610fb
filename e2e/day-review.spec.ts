import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, test } from '@playwright/test';
import { clinicParts } from '../lib/core/clinic-time';
import { signInAs } from './auth-helpers';
import { sandbox, sandboxSessions } from './sandbox-control';

// Issue 12 item 7: day review opens on the person's last clinic, and its figures explain themselves and add up.
const MINUTE = 60_000;

async function rememberClinic(context: BrowserContext, teamId: string) {
  const response = await context.request.patch('/api/me/preferences', {
    data: { lastClinic: teamId },
    headers: { origin: test.info().project.use.baseURL! },
  });
  expect(response.status()).toBe(200);
}

test('day review, reports and the roster open on the clinic chosen last, after a reload too', async ({
  page,
  context,
}) => {
  const teams = await sandbox.teams();
  const [first, last] = [teams[0]!, teams.at(-1)!];
  await signInAs(context, 'manager');
  await rememberClinic(context, first.teamId);
  try {
    await page.goto('/sessions/review');
    const clinic = page.getByLabel('Clinic', { exact: true });
    await expect(clinic).toHaveValue(first.teamId);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/me/preferences') && Boolean(r.request().postData()?.includes('lastClinic')),
    );
    await clinic.selectOption(last.teamId);
    // Saved on the server as it is chosen.
    expect((await saved).status()).toBe(200);
    await page.reload();
    await expect(page.getByLabel('Clinic', { exact: true })).toHaveValue(last.teamId);
    for (const path of ['/reports', '/practitioners', '/audit', '/settings']) {
      await page.goto(path);
      await expect(page.getByLabel('Clinic', { exact: true }), path).toHaveValue(last.teamId);
    }
  } finally {
    await rememberClinic(context, first.teamId);
  }
});

test('booked, actual and overrun are explained in their headings and add up on each row', async ({ page, context }) => {
  const [team] = await sandbox.teams();
  const now = Date.now();
  const name = `Figures check ${now}`;
  await sandboxSessions.arrange({
    name,
    startTime: new Date(now - 90 * MINUTE).toISOString(),
    endTime: new Date(now - 70 * MINUTE).toISOString(),
    participants: [
      { display_name: 'Dr Pat Practitioner', role: 'host' },
      { display_name: 'Sam Guest', role: 'guest' },
    ],
  });
  await signInAs(context, 'manager');
  await rememberClinic(context, team!.teamId);
  await page.goto('/sessions/review');
  await page.getByLabel('Day', { exact: true }).fill(clinicParts(now - 90 * MINUTE, 'Australia/Sydney').date);
  const row = page.locator('tr').filter({ hasText: name });
  await expect(row.locator('[data-figure="actual"]')).toContainText('min');

  // Each figure is a difference of the clock times shown beside it.
  const minutes = async (figure: string) => {
    const text = (await row.locator(`[data-figure="${figure}"]`).innerText()).replace(/\s+/g, ' ');
    return text;
  };
  const booked = await minutes('booked');
  const actual = await minutes('actual');
  const overrun = await minutes('overrun');
  expect(booked).toMatch(/^20 min \d\d:\d\d–\d\d:\d\d$/);
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  // Minutes from one clock time to another, across midnight too (the clinic's night is this suite's afternoon).
  const between = (from: number, to: number) => ((((to - from + 720) % 1440) + 1440) % 1440) - 720;
  const [bookedStart, bookedEnd] = booked.match(/\d\d:\d\d/g)!.map(toMin);
  const [actualStart, actualEnd] = actual.match(/\d\d:\d\d/g)!.map(toMin);
  expect(Number(actual.match(/^(\d+) min/)![1])).toBe(between(actualStart!, actualEnd!));
  const past = between(bookedEnd!, actualEnd!);
  expect(overrun).toBe(past > 0 ? `⚠ +${past} min` : past === 0 ? 'On time' : `${-past} min early`);
  expect(between(bookedStart!, bookedEnd!)).toBe(20);

  // The definitions are a keyboard press away in the headings.
  const help = page.getByRole('button', { name: 'What “Overrun” means' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Overrun' })).toContainText('after the booked end');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Overrun' })).toHaveCount(0);
  await expect(help).toBeFocused();
});
