import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { sandbox, type SandboxTeam } from './sandbox-control';

export const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 7)}`;
export const rowOf = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);

export async function firstTeam(): Promise<SandboxTeam> {
  return (await sandbox.teams())[0]!;
}

/** Callers tests arranged: `leaveArranged` makes them leave, so later specs do not see them over their limit. */
const arranged: string[] = [];

export async function addCaller(team: SandboxTeam, name: string, waitedMs = 0, queueIndex = 0) {
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[queueIndex]!.waitingQueueId,
    details: { name, phone: '0400 111 222' },
    joinedAt: new Date(Date.now() - waitedMs).toISOString(),
  });
  arranged.push(callId);
  return callId;
}

export async function leaveArranged() {
  for (const callId of arranged.splice(0)) await sandbox.act(callId, 'leave').catch(() => undefined);
}

/** Opens the console and waits for the server to have recorded this look (it stamps its own time). */
export async function openConsole(page: Page) {
  const looked = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/preferences') && r.request().postData()?.includes('"looking"') === true,
  );
  await page.goto('/');
  expect((await looked).status()).toBe(200);
}

export async function signOut(page: Page, context: BrowserContext) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/signin/);
  expect((await context.cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
}

/** The page never scrolls sideways at this width. */
export async function expectNoSideScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

/** Wholly inside the window, sideways. */
export async function expectOnScreen(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
}
