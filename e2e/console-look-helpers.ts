import { expect, type BrowserContext, type Page } from '@playwright/test';
import { sandbox, type SandboxTeam } from './sandbox-control';

export const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 7)}`;
export const row = (page: Page, callId: string) => page.locator(`tr[data-call-id="${callId}"]`);

/** Callers a test backdated: made to leave afterwards, so later specs do not see them over their limit. */
const arranged: string[] = [];

export async function addCaller(
  team: SandboxTeam,
  name: string,
  opts: { waitedMs?: number; queueIndex?: number } = {},
) {
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[opts.queueIndex ?? 0]!.waitingQueueId,
    details: { name },
    joinedAt: new Date(Date.now() - (opts.waitedMs ?? 0)).toISOString(),
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
