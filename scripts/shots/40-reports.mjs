// The reports page over two realistic weeks at Harbourside: callers through the clinic's day, most
// admitted through Waitboard to a practitioner of its roster, some answered in Coviu directly, a
// few giving up; four still waiting now. History is arranged through the sandbox's control API
// (backdated answers and ends), after Waitboard has seen each caller waiting.
const MIN = 60_000;
const WIDTHS = [390, 820, 1366, 1920];

/** A small seeded generator, so the pictures are the same from run to run. */
function random(seed) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Arrivals per hour through a clinic day: a morning peak and an after-school bump. */
const PROFILE = { 7: 1, 8: 3, 9: 5, 10: 5, 11: 4, 12: 2, 13: 3, 14: 4, 15: 4, 16: 3, 17: 2, 18: 1 };

/** Minutes since the clinic's midnight, in its own timezone. */
function clinicMinutes(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(instant)
    .reduce((a, p) => ({ ...a, [p.type]: Number(p.value) }), {});
  return parts.hour * 60 + parts.minute;
}

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function reportsShots({ stack, browser, signIn, shoot }) {
  const [team] = await stack.control('GET', '/_sandbox/teams');
  const rand = random(12);
  const now = Date.now();
  const midnight = now - clinicMinutes(new Date(now), team.timezone) * MIN;
  const plan = [];
  for (let day = 13; day >= 0; day--) {
    // This week a little busier than the last, for the comparison.
    const volume = day < 7 ? 0.6 : 0.5;
    for (const [hour, perHour] of Object.entries(PROFILE)) {
      const count = Math.round(perHour * volume * (0.7 + rand() * 0.6));
      for (let i = 0; i < count; i++) {
        const joined = midnight - day * 1440 * MIN + (Number(hour) * 60 + rand() * 60) * MIN;
        const wait = (0.5 + rand() * rand() * (Number(hour) === 9 || Number(hour) === 10 ? 22 : 10)) * MIN;
        const length = (4 + rand() * 14) * MIN;
        if (joined + wait + length > now - 2 * MIN) continue;
        const outcome = rand() < 0.09 ? 'leave' : rand() < 0.75 ? 'admit' : 'coviu';
        plan.push({
          day,
          joined,
          wait,
          length,
          outcome,
          queue: team.waitingQueues[rand() < 0.7 ? 0 : 1].waitingQueueId,
        });
      }
    }
  }

  const manager = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await signIn(manager, stack.appUrl, 'manager@example.com');
  // Asking for the waiting area keeps the clinic polled every few seconds.
  const seen = async (test, what) => {
    for (let i = 0; i < 240; i++) {
      const r = await manager.request.get(`${stack.appUrl}/api/teams/${team.teamId}/waiting`, { timeout: 60_000 });
      if (r.ok() && test(await r.json())) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the app never showed ${what}`);
  };
  const { practitioners } = await (
    await manager.request.get(`${stack.appUrl}/api/teams/${team.teamId}/practitioners`)
  ).json();
  const doctors = practitioners.filter((p) => p.active).slice(0, 4);
  const at = (ms) => ({ at: new Date(ms).toISOString() });
  // A day at a time: Waitboard sees each caller waiting, some are admitted, then their day plays out.
  let admitted = 0;
  for (let day = 13; day >= 0; day--) {
    const batch = plan.filter((c) => c.day === day);
    for (const c of batch)
      c.callId = (
        await stack.control('POST', '/_sandbox/calls', {
          teamId: team.teamId,
          waitingQueueId: c.queue,
          details: { name: 'Report history' },
          joinedAt: new Date(c.joined).toISOString(),
        })
      ).callId;
    await seen((s) => batch.every((c) => s.callers.some((x) => x.callId === c.callId)), 'the history callers');
    for (const c of batch.filter((x) => x.outcome === 'admit')) {
      const r = await manager.request.post(`${stack.appUrl}/api/teams/${team.teamId}/calls/${c.callId}/actions`, {
        data: { type: 'admit', practitionerId: doctors[admitted++ % doctors.length].id, mode: 'route' },
        headers: { origin: stack.appUrl, 'idempotency-key': crypto.randomUUID() },
      });
      if (!r.ok()) throw new Error(`admit refused: ${r.status()} ${await r.text()}`);
    }
    for (const c of batch) {
      if (c.outcome === 'leave')
        await stack.control('POST', `/_sandbox/calls/${c.callId}/leave`, at(c.joined + c.wait));
      else {
        await stack.control('POST', `/_sandbox/calls/${c.callId}/answer`, at(c.joined + c.wait));
        await stack.control('POST', `/_sandbox/calls/${c.callId}/end`, at(c.joined + c.wait + c.length));
      }
    }
    await seen((s) => batch.every((c) => s.callers.find((x) => x.callId === c.callId)?.endedAt), 'how the day ended');
  }

  // Each end stays listed for 30 s after it was arranged: wait until the report has every one.
  const day = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone: team.timezone }).format(new Date(ms));
  const report = `${stack.appUrl}/api/teams/${team.teamId}/reports?from=${day(now - 13 * 1440 * MIN)}&to=${day(now)}`;
  for (let i = 0; ; i++) {
    const { summary } = await (await manager.request.get(report)).json();
    if (summary.answered + summary.abandoned === plan.length) break;
    if (i > 120)
      throw new Error(`the report never showed every call (${summary.answered + summary.abandoned} of ${plan.length})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  // Now: two in a consult, four waiting (the longest 14 minutes).
  for (const [minutes, answered] of [
    [26, 9],
    [18, 3],
    [14, null],
    [9, null],
    [5, null],
    [1, null],
  ]) {
    const { callId } = await stack.control('POST', '/_sandbox/calls', {
      teamId: team.teamId,
      waitingQueueId: team.waitingQueues[0].waitingQueueId,
      details: { name: 'Report now' },
      joinedAt: new Date(Date.now() - minutes * MIN).toISOString(),
    });
    if (answered) await stack.control('POST', `/_sandbox/calls/${callId}/answer`, at(Date.now() - answered * MIN));
  }

  const page = await manager.newPage();
  page.setDefaultTimeout(120_000); // a report over two weeks, on a busy machine
  const open = async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${stack.appUrl}/reports`);
    const clinic = page.getByLabel('Clinic', { exact: true });
    if (await clinic.count()) await clinic.selectOption(team.teamId);
    await page.locator('[data-measure="Still waiting now"]').waitFor();
    await page.getByRole('table', { name: 'Consults by practitioner' }).waitFor();
    // The whole page in one picture: a report is read top to bottom.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height: Math.min(height, 3200) });
  };
  for (const width of WIDTHS) {
    await open(width);
    await shoot(page, `reports-${width}`);
  }
  // Dark, as a person picks it in the header's theme menu; then back to the system theme.
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await page.locator('[data-theme="dark"]').first().waitFor();
  await open(1366);
  await shoot(page, 'reports-1366-dark');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Match this computer' }).click();
  await manager.close();
}
