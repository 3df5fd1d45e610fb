import { expect, type Page, test } from '@playwright/test';

export const baseURL = () => test.info().project.use.baseURL!;

/**
 * What /api/mcp answers a token: a plain JSON-RPC `initialize`, as any client's first request.
 * 200 while the token works; 401 once it is revoked, expired, or its owner disabled.
 */
export async function mcpStatus(token: string): Promise<number> {
  const response = await fetch(new URL('/api/mcp', baseURL()), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e', version: '1.0.0' } },
    }),
  });
  await response.body?.cancel();
  return response.status;
}

/** Fills in and sends the page's form; answers the new token as the API gave it to the page. */
export async function makeTokenOnPage(page: Page, name: string, scopes: RegExp[] = []) {
  const form = page.getByRole('form', { name: 'Make an agent token' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  for (const scope of scopes) await form.getByRole('checkbox', { name: scope }).check();
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/agent-tokens') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Make the token' }).click();
  const response = await answer;
  expect(response.status()).toBe(201);
  return (await response.json()) as { token: string; agentToken: { id: string; prefix: string } };
}

/** Every link of the main navigation can be seen: none scrolled out of its row. */
export async function expectNavFits(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const { scrollWidth, clientWidth } = await nav.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, `the main links need ${scrollWidth} px and have ${clientWidth}`).toBeLessThanOrEqual(
    clientWidth + 1,
  );
}
