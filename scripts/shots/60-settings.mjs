// The settings page as a practice manager sees it: sections each saved on their own (one with an
// edit not yet saved, one just saved, one with a value refused on its field), the time-zone search,
// and the app's own confirmation when a wall-display link is revoked.

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function settingsShots({ stack, browser, signIn, shoot }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(context, stack.appUrl, 'manager@example.com');
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const made = await context.request.post(`${stack.appUrl}/api/teams/${team.teamId}/display-tokens`, {
    data: { label: 'Waiting room TV', showNames: 'initials' },
    headers: { origin: stack.appUrl },
  });
  if (!made.ok()) throw new Error(`display link refused: ${made.status()} ${await made.text()}`);

  const page = await context.newPage();
  const open = async () => {
    await page.goto(`${stack.appUrl}/settings`);
    const clinic = page.getByLabel('Clinic', { exact: true });
    if (await clinic.count()) await clinic.selectOption(team.teamId);
    await page.locator(`[data-team="${team.teamId}"]`).getByRole('region', { name: 'Wait limits' }).waitFor();
    await page.getByTestId('roster-summary').waitFor();
  };

  await open();
  await shoot(page, 'settings-1366');

  // Editing: an unsaved change in one section, a refused value marked on its field in another.
  await page.getByRole('region', { name: 'Billing' }).getByLabel('Billing unit (minutes)').fill('5');
  const clinicSection = page.getByRole('region', { name: 'Clinic and time zone' });
  await clinicSection.getByLabel('How often to check Coviu for new callers (seconds)').fill('90');
  await clinicSection.getByRole('button', { name: 'Save clinic' }).click();
  await clinicSection.getByRole('alert').waitFor();
  await clinicSection.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, 'settings-1366-refused');

  await clinicSection.getByRole('button', { name: 'Undo changes' }).click();
  // Its list closes when the page scrolls (React Aria): let the scroll above settle before typing.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await clinicSection.getByRole('combobox', { name: 'Clinic time zone' }).fill('Per');
  await page.getByRole('option', { name: /Perth/ }).waitFor();
  await shoot(page, 'settings-1366-time-zone');
  await page.keyboard.press('Escape');

  const displays = page.getByRole('region', { name: 'Wall displays' });
  await displays.getByRole('button', { name: 'Revoke Waiting room TV' }).first().click();
  await page.getByRole('alertdialog').waitFor();
  await shoot(page, 'settings-1366-confirm');
  await page.keyboard.press('Escape');

  for (const [width, height] of [
    [390, 844],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await open();
    await shoot(page, `settings-${width}`);
  }
  await context.close();
}
