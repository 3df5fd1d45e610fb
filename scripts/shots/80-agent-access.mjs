// Agent access: a receptionist's page empty, then with a new token's secret and its client
// configuration, then with a list (a long name, a revoked token, one an assistant has used); the
// administrators' list; and the audit log narrowed to agent activity. Set AGENT_SHOTS_DIR to also
// write every width there (for checking a layout, not for the README).
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const WIDTHS = [
  [390, 844],
  [820, 1180],
  [1366, 768],
  [1920, 1080],
];

/** @param {import('../screenshots.mjs').ShotKit} kit */
export default async function agentAccessShots({ stack, browser, signIn, shoot }) {
  const extra = process.env.AGENT_SHOTS_DIR;
  const widths = WIDTHS.filter(([width]) => extra || width === 1366);
  const reception = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(reception, stack.appUrl, 'reception@example.com');
  const page = await reception.newPage();
  const picture = async (name, width, fullPage = true) => {
    if (width === 1366) await shoot(page, `${name}-1366`);
    if (extra) await page.screenshot({ path: join(extra, `${name}-${width}.png`), fullPage });
  };
  const each = async (name, path, ready, before = async () => undefined) => {
    for (const [width, height] of widths) {
      await page.setViewportSize({ width, height });
      await page.goto(`${stack.appUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await before();
      await picture(name, width);
    }
  };

  await each('agent-access-empty', '/agent-access', 'text=No agent tokens yet');

  const make = async (who, body) => {
    const response = await who.request.post(`${stack.appUrl}/api/me/agent-tokens`, {
      data: body,
      headers: { origin: stack.appUrl },
    });
    if (response.status() !== 201) throw new Error(`token refused: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  const revoked = await make(reception, { name: 'Trial on the old front desk PC', days: 7 });
  await reception.request.delete(`${stack.appUrl}/api/me/agent-tokens/${revoked.agentToken.id}`, {
    headers: { origin: stack.appUrl },
  });
  // The longest names a token may have (60 characters), with and without spaces to wrap at.
  await make(reception, {
    name: 'Claude Desktop, reception PC by the front window (mornings)',
    scopes: ['read', 'triage', 'sessions', 'patient-details'],
  });
  await make(reception, { name: 'reception-assistant-for-the-northside-front-desk-computer', days: 3 });
  const used = await make(reception, { name: 'Cursor', scopes: ['read', 'triage'], days: 14 });
  const client = new Client({ name: 'screenshots', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL('/api/mcp', stack.appUrl), {
      requestInit: { headers: { authorization: `Bearer ${used.token}` } },
    }),
  );
  await client.callTool({ name: 'list_clinics', arguments: {} });
  await client.callTool({ name: 'claim_caller', arguments: { teamId: 'no-such-clinic', callId: 'none' } });
  await client.close();

  // The secret is shown once, so each width makes its own token through the page.
  for (const [width, height] of widths) {
    await page.setViewportSize({ width, height });
    await page.goto(`${stack.appUrl}/agent-access`);
    const form = page.getByRole('form', { name: 'Make an agent token' });
    await form.getByLabel('Name', { exact: true }).fill('Claude on the front desk PC');
    await form.getByRole('checkbox', { name: /^Triage/ }).check();
    await form.getByRole('button', { name: 'Make the token' }).click();
    await page.getByTestId('new-token').waitFor();
    await page.waitForTimeout(600); // the smooth scroll to the secret
    await picture('agent-access-secret', width, false);
    if (extra) await page.screenshot({ path: join(extra, `agent-access-secret-full-${width}.png`), fullPage: true });
  }
  await page.getByRole('button', { name: /I have saved it/ }).click();
  await each('agent-access-list', '/agent-access', 'tr[data-token-id]');
  await each('agent-access-refused', '/agent-access', 'tr[data-token-id]', async () => {
    const form = page.getByRole('form', { name: 'Make an agent token' });
    await form.getByLabel('Expires after (days)').fill('120');
    await form.getByRole('checkbox', { name: /^Patient details/ }).check();
    await form.getByRole('button', { name: 'Make the token' }).click();
    await form.getByRole('alert').waitFor();
    await form.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  });

  if (extra) {
    // The same list and form in the dark theme: the patient-details warning and the chosen scopes keep their contrast.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await page
      .getByRole('form', { name: 'Make an agent token' })
      .getByRole('checkbox', { name: /^Patient/ })
      .check();
    await page.screenshot({ path: join(extra, 'agent-access-list-1366-dark.png'), fullPage: true });
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('menuitemradio', { name: 'Match this computer' }).click();
  }

  const admin = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(admin, stack.appUrl, 'admin@example.com');
  await make(admin, { name: 'Weekly report assistant', scopes: ['read', 'reports'], days: 90 });
  const manager = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(manager, stack.appUrl, 'manager@example.com');
  await reception.close();
  for (const [who, path, name, ready, before] of [
    [admin, '/admin/agent-tokens', 'admin-agent-tokens', 'tr[data-token-id]'],
    [
      manager,
      '/audit',
      'audit-agents',
      'tr[data-action]',
      async (p) => {
        await p.getByLabel('Clinic', { exact: true }).selectOption('');
        await p.getByRole('checkbox', { name: 'Agent activity only' }).check();
        await p.locator('tr[data-agent]').first().waitFor();
      },
    ],
  ]) {
    const other = await who.newPage();
    for (const [width, height] of widths) {
      await other.setViewportSize({ width, height });
      await other.goto(`${stack.appUrl}${path}`);
      await other.locator(ready).first().waitFor();
      if (before) await before(other);
      if (width === 1366) await shoot(other, `${name}-1366`);
      if (extra) await other.screenshot({ path: join(extra, `${name}-${width}.png`), fullPage: true });
    }
  }
  // The header with the account menu open, where Agent access lives.
  const menu = await manager.newPage();
  await menu.setViewportSize({ width: 820, height: 600 });
  await menu.goto(`${stack.appUrl}/sessions`);
  await menu.getByRole('button', { name: /^Your account/ }).click();
  await menu.getByRole('menuitem', { name: 'Agent access' }).waitFor();
  if (extra) await menu.screenshot({ path: join(extra, 'account-menu-820.png') });
  await admin.close();
  await manager.close();
}
