// The console's pictures: a realistic mix of callers (every level and state, a claim, an
// admission, a note), at each width people use, plus the drawer, hidden names and dark.
const WIDTHS = [
  [390, 844],
  [820, 1180],
  [1366, 768],
  [1920, 1080],
];
const MIN = 60_000;

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function consoleShots({ stack, browser, signIn, shoot: shootPage }) {
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const queue = (i) => team.waitingQueues[i % team.waitingQueues.length].waitingQueueId;
  const add = async (name, waitedMin, i, extra = {}) =>
    (
      await stack.control('POST', '/_sandbox/calls', {
        teamId: team.teamId,
        waitingQueueId: queue(i),
        details: { name, phone: '0412 345 678', ...extra },
        joinedAt: new Date(Date.now() - waitedMin * MIN).toISOString(),
      })
    ).callId;

  // Several waiting at each level (the default thresholds: warn at 5 min, over at 10).
  const waiting = [
    ['Olivia Nguyen', 1],
    ['Jack Thompson', 2.5],
    ['Aisha Rahman', 4],
    ['Liam O’Connor', 6],
    ['Mei Chen', 7.5],
    ['Noah Williams', 8.5],
    ['Charlotte Papadopoulos-Fitzgerald', 12],
    ['Tane Walker', 15],
    ['Sofia Rossi', 21],
  ];
  const ids = {};
  for (const [i, [name, waited]] of waiting.entries()) ids[name] = await add(name, waited, i);
  const onHold = await add('Henry Brown', 9, 1);
  const beingSeen = await add('Grace Kelly', 14, 0);
  const admitted = await add('Ethan Patel', 11, 2);
  const claimed = await add('Zoe Martin', 3, 0);
  const gone = await add('Lucas Anderson', 5, 1);
  await stack.control('POST', `/_sandbox/calls/${onHold}/hold`, {});
  await stack.control('POST', `/_sandbox/calls/${beingSeen}/answer`, {});
  await stack.control('POST', `/_sandbox/calls/${gone}/leave`, {});

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(context, stack.appUrl, 'reception@example.com');
  const manager = await browser.newContext();
  await signIn(manager, stack.appUrl, 'manager@example.com');
  // Staff actions go through the app's own API, as the dashboard sends them.
  const waitFor = async (test, what) => {
    for (let i = 0; i < 120; i++) {
      const r = await context.request.get(`${stack.appUrl}/api/teams/${team.teamId}/waiting`);
      if (r.ok() && test(await r.json())) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the app never showed ${what}`);
  };
  await waitFor(
    (s) => [admitted, claimed, onHold, beingSeen].every((id) => s.callers.some((c) => c.callId === id)),
    'the callers',
  );
  const act = async (who, callId, action) => {
    const r = await who.request.post(`${stack.appUrl}/api/teams/${team.teamId}/calls/${callId}/actions`, {
      data: action,
      headers: { origin: stack.appUrl, 'idempotency-key': crypto.randomUUID() },
    });
    if (!r.ok()) throw new Error(`${action.type} refused: ${r.status()} ${await r.text()}`);
  };
  const { practitioners } = await (
    await context.request.get(`${stack.appUrl}/api/teams/${team.teamId}/practitioners`)
  ).json();
  await act(context, admitted, { type: 'admit', practitionerId: practitioners[0].id, mode: 'route' });
  await act(manager, claimed, { type: 'claim' });
  await act(context, ids['Tane Walker'], { type: 'priority', priority: 2 });
  await act(context, ids['Mei Chen'], { type: 'note', note: 'Asked for an interpreter (Mandarin).' });
  await waitFor(
    (s) =>
      s.callers.find((c) => c.callId === claimed)?.triage.claimedBy &&
      s.callers.find((c) => c.callId === gone)?.status === 'left',
    'the claim and the caller who left',
  );

  const page = await context.newPage();
  const shoot = (name) => shootPage(page, name);
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.goto(`${stack.appUrl}/`);
    await page.locator(`[data-call-id="${admitted}"]`).first().waitFor();
    await shoot(`console-${width}`);
  }

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${stack.appUrl}/`);
  const row = page.locator(`[data-call-id="${ids['Mei Chen']}"]`).first();
  await row.getByRole('button', { name: 'Mei Chen', exact: true }).click();
  // Details load after opening: wait for the phone number, not just the frame.
  await page.getByRole('dialog').getByText('0412 345 678').first().waitFor();
  await shoot('console-1366-details');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Hide names' }).click();
  await page.getByRole('button', { name: 'Show names' }).waitFor();
  await shoot('console-1366-names-hidden');
  await page.getByRole('button', { name: 'Show names' }).click();

  // Dark, as a person picks it in the header's theme menu (remembered for them, as in the app).
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await page.locator('[data-theme="dark"]').first().waitFor();
  await shoot('console-1366-dark');
  await row.getByRole('button', { name: 'Mei Chen', exact: true }).click();
  await page.getByRole('dialog').getByText('0412 345 678').first().waitFor();
  await shoot('console-1366-details-dark');
  await manager.close();
  await context.close();
}
