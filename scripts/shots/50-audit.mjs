// The practice manager's audit log and end-of-day session review. The log gets a morning's worth
// of real entries (sign-ins, callers claimed, admitted, noted and viewed); the review a clinic day
// of sessions: on time, late, overrunning, a no-show and a cancellation. Set AUDIT_SHOTS_DIR to
// also write every width there (for checking a layout, not for the README).
import { join } from 'node:path';

const MIN = 60_000;
const WIDTHS = [
  [390, 844],
  [820, 1180],
  [1366, 768],
  [1920, 1080],
];

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function auditShots({ stack, browser, signIn, shoot }) {
  const teams = await stack.control('GET', '/_sandbox/teams');
  const team = teams[0];
  const reception = await browser.newContext();
  await signIn(reception, stack.appUrl, 'reception@example.com');
  const manager = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(manager, stack.appUrl, 'manager@example.com');
  const api = (who, method, path, data) =>
    who.request.fetch(`${stack.appUrl}${path}`, {
      method,
      data,
      headers: { origin: stack.appUrl, 'idempotency-key': crypto.randomUUID() },
    });

  const callers = [];
  for (const [i, name] of ['Olivia Nguyen', 'Jack Thompson', 'Aisha Rahman', 'Mei Chen'].entries()) {
    const { callId } = await stack.control('POST', '/_sandbox/calls', {
      teamId: team.teamId,
      waitingQueueId: team.waitingQueues[i % team.waitingQueues.length].waitingQueueId,
      details: { name, phone: '0412 345 678' },
      joinedAt: new Date(Date.now() - (i + 2) * MIN).toISOString(),
    });
    callers.push(callId);
  }
  for (let i = 0; i < 120; i++) {
    const s = await (await api(reception, 'GET', `/api/teams/${team.teamId}/waiting`)).json();
    if (callers.every((id) => s.callers?.some((c) => c.callId === id))) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const act = (who, callId, action) => api(who, 'POST', `/api/teams/${team.teamId}/calls/${callId}/actions`, action);
  const { practitioners } = await (await api(reception, 'GET', `/api/teams/${team.teamId}/practitioners`)).json();
  await act(reception, callers[0], { type: 'claim' });
  await act(reception, callers[0], { type: 'admit', practitionerId: practitioners[0].id, mode: 'route' });
  await act(reception, callers[1], { type: 'note', note: 'Asked for an interpreter.' });
  await act(manager, callers[2], { type: 'priority', priority: 2 });
  await api(manager, 'GET', `/api/teams/${team.teamId}/calls/${callers[3]}`);

  // Sessions earlier today, each shaped by the sandbox's plan for who joins and when.
  const now = Date.now();
  const people = (guest) => [
    { display_name: 'Dr Priya Shah', role: 'host' },
    ...(guest ? [{ display_name: guest, role: 'guest' }] : []),
  ];
  for (const [name, startMin, lengthMin, guest] of [
    ['Follow-up: blood results', 300, 15, 'Olivia Nguyen'],
    ['New patient consult', 240, 30, 'Jack Thompson'],
    ['Medication review', 180, 20, 'Aisha Rahman'],
    ['Physio check-in', 120, 15, null],
    ['Care plan review', 75, 20, 'Mei Chen'],
  ])
    await stack.control('POST', '/_sandbox/sessions', {
      name,
      startTime: new Date(now - startMin * MIN).toISOString(),
      endTime: new Date(now - (startMin - lengthMin) * MIN).toISOString(),
      participants: people(guest),
    });
  await api(manager, 'PATCH', '/api/me/preferences', { lastClinic: team.teamId });

  const page = await manager.newPage();
  const extra = process.env.AUDIT_SHOTS_DIR;
  for (const [path, name, ready] of [
    ['/audit', 'audit', 'tr[data-action]'],
    ['/sessions/review', 'day-review', 'tr[data-session-id]'],
  ]) {
    for (const [width, height] of WIDTHS) {
      if (!extra && width !== 1366) continue;
      await page.setViewportSize({ width, height });
      await page.goto(`${stack.appUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      if (width === 1366) await shoot(page, `${name}-1366`);
      if (extra) await page.screenshot({ path: join(extra, `${name}-${width}.png`), fullPage: true });
    }
  }
  if (extra) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page.getByRole('button', { name: 'What “Overrun” means' }).click();
    await page.screenshot({ path: join(extra, 'day-review-1366-dark.png') });
    await page.goto(`${stack.appUrl}/audit`);
    await page.locator('tr[data-action]').first().waitFor();
    await page.screenshot({ path: join(extra, 'audit-1366-dark.png') });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: 'Match this computer' }).click();
  }
  await reception.close();
  await manager.close();
}
