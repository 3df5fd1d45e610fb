import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInAs } from './auth-helpers';
import { contrast, pngWidth, rowLook } from './display-look';
import { sandbox } from './sandbox-control';

test('a TV opens the wall display with a display link, shows initials, and recovers after its stream drops', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const teams = await sandbox.teams();
  const team = teams[1]!;
  const queue = team.waitingQueues[0]!;
  const first = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name: 'Wendy Wallace' },
    joinedAt: new Date(Date.now() - 90_000).toISOString(),
  });

  // A manager makes a display link for the clinic.
  await signInAs(context, 'manager');
  await page.goto('/settings');
  await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
  await page.getByLabel('Display name').fill('E2E waiting room TV');
  await page.getByRole('button', { name: 'Make a display link' }).click();
  const link = (await page.getByTestId('display-link').textContent())!;
  expect(link).toMatch(/\/display\/connect\/[\w-]{40,}$/);

  // The TV has no staff session: the link alone opens the display, and the secret leaves the address bar.
  const tv = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const screen = await tv.newPage();
  await screen.goto(link);
  await expect(screen).toHaveURL(new RegExp(`/display/${team.teamId}$`));
  const row = screen.locator(`li[data-call-id="${first.callId}"]`);
  await expect(row).toContainText('W. W.');
  await expect(row).not.toContainText('Wendy');
  await expect(row).toHaveAttribute('data-level', 'ok');
  await expect(screen.getByTestId('display-stale')).toHaveCount(0);

  // The network drops: the display says so and keeps the last data on screen…
  await tv.setOffline(true);
  await expect(screen.getByTestId('display-stale')).toContainText('reconnecting');
  await expect(row).toBeVisible();
  const second = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queue.waitingQueueId,
    details: { name: 'Oscar Ortiz' },
  });

  // …and catches up by itself when it comes back.
  await tv.setOffline(false);
  await expect(screen.locator(`li[data-call-id="${second.callId}"]`)).toContainText('O. O.', { timeout: 30_000 });
  await expect(screen.getByTestId('display-stale')).toHaveCount(0);

  // Revoked, the link opens nothing any more.
  await page.reload();
  await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
  await page.getByRole('button', { name: 'Revoke E2E waiting room TV' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke the link' }).click();
  await expect(page.getByRole('table', { name: 'Display links' })).toContainText('Revoked');
  await screen.reload();
  await expect(screen).toHaveURL(/\/signin/);
  const again = await tv.request.get(link, { maxRedirects: 0 });
  expect(again.status()).toBe(401);
  await tv.close();
});

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();
const clinicClock = (at: number) =>
  new Intl.DateTimeFormat('en-AU', {
    // Riverbend Physiotherapy, as the sandbox sets it up.
    timeZone: 'Australia/Brisbane',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  })
    .format(at)
    .replace(/\s/g, ' ');

test('from across the room: rows filled by level with words, namesakes numbered, queue waits, the clinic time, legible at a quarter scale', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const team = (await sandbox.teams())[1]!;
  const queue = team.waitingQueues[0]!;
  const ids: string[] = [];
  const add = async (name: string, joinedAt: string) => {
    const { callId } = await sandbox.addCaller({
      teamId: team.teamId,
      waitingQueueId: queue.waitingQueueId,
      details: { name },
      joinedAt,
    });
    ids.push(callId);
    return callId;
  };
  // History for the queue's expected wait: 22 consults of 6 to 12 minutes that ended just now.
  for (let i = 0; i < 22; i++) {
    const callId = await add(`Display History ${i}`, ago(40));
    await sandbox.act(callId, 'answer', { at: ago(6 + (i % 7)) });
    await sandbox.act(callId, 'end');
  }
  // Three who share the initials "K. K.", one at each level (long wait from 5 min, over limit from 10).
  const critical = await add('Kai Kane', ago(12));
  const warn = await add('Ken Kwok', ago(7));
  const ok = await add('Kara Kent', ago(2));

  // A 1920×1080 TV, photographed at a quarter of its pixels: 480 px wide, as seen from across the room.
  const tv = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 0.25,
  });
  try {
    await signInAs(tv, 'manager');
    const screen = await tv.newPage();
    await screen.goto(`/display/${team.teamId}`);
    const rows = { ok, warn, critical };
    const words = { ok: 'On time', warn: 'Long wait', critical: 'Over limit' };
    const looks: Record<string, Awaited<ReturnType<typeof rowLook>>> = {};
    for (const [level, callId] of Object.entries(rows)) {
      const row = screen.locator(`li[data-call-id="${callId}"]`);
      await expect(row).toHaveAttribute('data-level', level);
      looks[level] = await rowLook(row);
    }

    for (const [level, look] of Object.entries(looks)) {
      // Each level says its word, with an icon, in text that reads on its fill.
      expect(look.level).toBe(words[level as keyof typeof words]);
      expect(look.levelIcon).toBe(true);
      expect(contrast(look.color, look.background)).toBeGreaterThanOrEqual(4.5);
      // At a quarter scale, the wait and the level are still at least 9 px.
      expect(look.waitPx / 4).toBeGreaterThanOrEqual(9);
      expect(look.levelPx / 4).toBeGreaterThanOrEqual(9);
    }
    // Whole rows differ by level in lightness, not only hue.
    expect(contrast(looks.ok!.background, looks.warn!.background)).toBeGreaterThanOrEqual(2);
    expect(contrast(looks.warn!.background, looks.critical!.background)).toBeGreaterThanOrEqual(2);
    expect(contrast(looks.ok!.background, looks.critical!.background)).toBeGreaterThanOrEqual(2);

    // Namesakes numbered by arrival, and no more of their names than initials.
    const number = (label: string) => Number(/^K\. K\. \((\d+)\)$/.exec(label)?.[1]);
    expect(number(looks.critical!.label)).toBeLessThan(number(looks.warn!.label));
    expect(number(looks.warn!.label)).toBeLessThan(number(looks.ok!.label));
    await expect(screen.locator('main')).not.toContainText(/Kai|Kwok|Kara/);

    // The queue's summary: how many wait there (as many as its rows) and the expected wait.
    const summary = screen.getByTestId('display-queue').and(screen.locator(`[data-queue="${queue.waitingQueueId}"]`));
    await expect(summary.getByTestId('display-queue-expected')).toHaveText(/^expected \d+–\d+ min$/, {
      timeout: 30_000,
    });
    await expect(async () => {
      const waiting = await screen.locator(`ol > li[data-queue="${queue.waitingQueueId}"]`).count();
      expect(await summary.textContent()).toMatch(new RegExp(`^${queue.name} — ${waiting} waiting · expected`));
    }).toPass();

    // The clinic's time with its zone.
    // The page's clock ticks once a second, so it may still show the minute that just ended.
    const before = clinicClock(Date.now() - 2_000);
    const shown = (await screen.getByTestId('display-clock').textContent())!.replace(/\s/g, ' ');
    expect([`Clinic time ${before}`, `Clinic time ${clinicClock(Date.now())}`]).toContain(shown);

    const png = await screen.screenshot({ path: test.info().outputPath('display-1920-at-480.png') });
    expect(pngWidth(png)).toBe(480);
    const axe = await new AxeBuilder({ page: screen }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  } finally {
    await tv.close();
    for (const callId of ids) await sandbox.act(callId, 'leave').catch(() => undefined);
  }
});
