// The session pages' pictures: a finished consult (what happened first, the attendance timeline)
// and the sessions list on its Finished tab, at each width people use, plus the finished page in
// dark and a booking with its problems marked on the fields.
const WIDTHS = [
  [390, 844],
  [820, 1180],
  [1366, 768],
  [1920, 1080],
];
const MIN = 60_000;

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function sessionShots({ stack, browser, signIn, shoot: shootPage }) {
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const now = Date.now();
  const arrange = async (name, startMinAgo, minutes, guests) =>
    (
      await stack.control('POST', '/_sandbox/sessions', {
        name,
        startTime: new Date(now - startMinAgo * MIN).toISOString(),
        endTime: new Date(now - (startMinAgo - minutes) * MIN).toISOString(),
        participants: [
          { display_name: 'Dr Pat Practitioner', role: 'host' },
          ...guests.map((g) => ({ display_name: g, role: 'guest' })),
        ],
      })
    ).session_id;

  // A morning's consults (finished), one with a parent and child joining separately.
  const featured = await arrange('Asthma review — Mia Tran', 75, 30, ['Mia Tran', 'Linh Tran (parent)']);
  await arrange('Medication check — Oscar Reid', 140, 15, ['Oscar Reid']);
  await arrange('Post-op follow-up — Hannah Cole', 220, 20, ['Hannah Cole']);
  await arrange('Mental health plan review — Arjun Mehta', 26 * 60, 45, ['Arjun Mehta']);
  await arrange('Skin check results — Ruby Walsh', 27 * 60, 15, ['Ruby Walsh']);
  await arrange('Telehealth consult — Leo Fraser', 50 * 60, 20, ['Leo Fraser']);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(context, stack.appUrl, 'manager@example.com');
  const page = await context.newPage();
  const shoot = (name) => shootPage(page, name);
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.goto(`${stack.appUrl}/sessions/${team.teamId}/${featured}`);
    await page.getByTestId('time-axis').waitFor();
    await page.getByTestId('fact-recordings').getByText('Play or download below').waitFor();
    await shoot(`session-finished-${width}`);
    await page.goto(`${stack.appUrl}/sessions?team=${team.teamId}`);
    await page.getByRole('button', { name: /^Finished/ }).click();
    await page.getByRole('table', { name: 'Finished sessions' }).waitFor();
    await shoot(`sessions-list-${width}`);
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${stack.appUrl}/sessions/new?team=${team.teamId}`);
  await page.getByLabel('Dr Pat Practitioner').check();
  await page.getByLabel('Mobile (optional)').fill('0412 34');
  await page.getByRole('button', { name: 'Book session' }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await shoot('session-booking-errors-1366');

  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await page.locator('[data-theme="dark"]').first().waitFor();
  await page.goto(`${stack.appUrl}/sessions/${team.teamId}/${featured}`);
  await page.getByTestId('time-axis').waitFor();
  await page.getByTestId('fact-recordings').getByText('Play or download below').waitFor();
  await shoot('session-finished-1366-dark');
  // Back to the system theme, as the next shot file expects.
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: /System|Match/ }).click();
  await context.close();
}
