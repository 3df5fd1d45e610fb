// The practitioner roster as a manager sees it (availability set by hand and derived), at a
// laptop's and a phone's width.

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function practitionerShots({ stack, browser, signIn, shoot }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(context, stack.appUrl, 'manager@example.com');
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const base = `${stack.appUrl}/api/teams/${team.teamId}/practitioners`;
  const { practitioners } = await (await context.request.get(base)).json();
  const set = async (p, availability) => {
    const r = await context.request.post(`${base}/${p.id}/availability`, {
      data: { availability },
      headers: { origin: stack.appUrl, 'idempotency-key': crypto.randomUUID() },
    });
    if (!r.ok()) throw new Error(`availability refused: ${r.status()} ${await r.text()}`);
  };
  if (practitioners[1]) await set(practitioners[1], 'away');
  if (practitioners[2]) await set(practitioners[2], 'off');
  const page = await context.newPage();
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(`${stack.appUrl}/practitioners`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The page opens on the person's last clinic (the first, on a first visit): pick this one.
    await page.getByLabel('Clinic', { exact: true }).selectOption(team.teamId);
    await page.getByText(practitioners[0].name).first().waitFor();
    await shoot(page, `practitioners-${width}`);
  }
  await context.close();
}
