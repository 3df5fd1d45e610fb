// The wall display's pictures: a clinic with callers at every level, three who share the
// initials "K. K.", an urgent caller, and enough history for each queue's expected wait. At
// 1920×1080 as a TV shows it, and the same screen scaled to 480 px wide: what someone across the
// room sees (levels and waits must still read there).
const MIN = 60_000;
const ago = (minutes) => new Date(Date.now() - minutes * MIN).toISOString();

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function displayShots({ stack, browser, signIn, shoot }) {
  // The second clinic (Riverbend Physiotherapy, Brisbane): the console's pictures use the first.
  const team = (await stack.control('GET', '/_sandbox/teams'))[1];
  const queue = (i) => team.waitingQueues[i % team.waitingQueues.length].waitingQueueId;
  const add = async (name, waitedMin, i) =>
    (
      await stack.control('POST', '/_sandbox/calls', {
        teamId: team.teamId,
        waitingQueueId: queue(i),
        details: { name },
        joinedAt: ago(waitedMin),
      })
    ).callId;

  // History for the expected waits: 24 consults of 6 to 12 minutes that ended within the hour.
  for (let i = 0; i < 24; i++) {
    const callId = await add(`History ${i}`, 40, i);
    await stack.control('POST', `/_sandbox/calls/${callId}/answer`, { at: ago(6 + (i % 7)) });
    await stack.control('POST', `/_sandbox/calls/${callId}/end`, {});
  }

  const waiting = [
    ['Olivia Nguyen', 1, 0],
    ['Kate Kelly', 2, 0],
    ['Aisha Rahman', 4, 1],
    ['Liam O’Connor', 6, 0],
    ['Kevin Kim', 7, 1],
    ['Mei Chen', 8.5, 0],
    ['Kylie Kowalski', 12, 0],
    ['Tane Walker', 15, 1],
    ['Sofia Rossi', 21, 0],
  ];
  const ids = {};
  for (const [name, waited, i] of waiting) ids[name] = await add(name, waited, i);

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await signIn(context, stack.appUrl, 'manager@example.com');
  const priority = await context.request.post(
    `${stack.appUrl}/api/teams/${team.teamId}/calls/${ids['Tane Walker']}/actions`,
    {
      data: { type: 'priority', priority: 2 },
      headers: { origin: stack.appUrl, 'idempotency-key': crypto.randomUUID() },
    },
  );
  if (!priority.ok()) throw new Error(`priority refused: ${priority.status()}`);

  const open = async (page) => {
    await page.goto(`${stack.appUrl}/display/${team.teamId}`);
    await page.locator(`li[data-call-id="${ids['Sofia Rossi']}"]`).waitFor();
    // The history is read again once a poll has seen the consults end (within seconds).
    await page
      .getByTestId('display-queue-expected')
      .filter({ hasText: /expected \d+–\d+ min/ })
      .first()
      .waitFor({ timeout: 60_000 });
  };
  const page = await context.newPage();
  await open(page);
  await shoot(page, 'display-1920');

  // The same screen at a quarter of its pixels: 480×270, as from across the room.
  const far = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 0.25 });
  await signIn(far, stack.appUrl, 'manager@example.com');
  const small = await far.newPage();
  await open(small);
  await shoot(small, 'display-1920-at-480');

  for (const id of Object.values(ids)) await stack.control('POST', `/_sandbox/calls/${id}/leave`, {});
  await far.close();
  await context.close();
}
