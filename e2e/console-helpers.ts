import { expect, type Locator, type Page } from '@playwright/test';
import { sandbox, type SandboxTeam } from './sandbox-control';

export const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 7)}`;
export const rowOf = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);

export async function firstTeam(): Promise<SandboxTeam> {
  return (await sandbox.teams())[0]!;
}

export async function addCaller(team: SandboxTeam, name: string, waitedMs = 0, queueIndex = 0) {
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[queueIndex]!.waitingQueueId,
    details: { name, phone: '0400 111 222' },
    joinedAt: new Date(Date.now() - waitedMs).toISOString(),
  });
  return callId;
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
