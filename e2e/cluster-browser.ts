import type { Browser, Page } from '@playwright/test';
import { signInAs } from './auth-helpers';

// Browser pages for e2e/cluster.spec.ts: a receptionist's dashboard whose EventSources are
// recorded, so a test sees when a stream dropped, where it resumed and what it carried.

export interface Logged {
  url: string;
  type: string;
  id: string;
  at: number;
  callId?: string;
}

/** Notes what the page's EventSources receive, so the test can see a resume and what it carried. */
async function recordStreams(page: Page): Promise<(teamId: string) => Promise<Logged[]>> {
  await page.addInitScript(() => {
    const log: Logged[] = [];
    (window as unknown as { __streams: Logged[] }).__streams = log;
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        const where = String(url);
        for (const type of ['open', 'error'])
          this.addEventListener(type, () => log.push({ url: where, type, id: '', at: Date.now() }));
        for (const type of ['snapshot', 'change'])
          this.addEventListener(type, (e) => {
            const m = e as MessageEvent<string>;
            const callId = (JSON.parse(m.data) as { caller?: { callId: string } }).caller?.callId;
            log.push({ url: where, type, id: m.lastEventId, at: Date.now(), callId });
          });
      }
    };
  });
  return async (teamId) =>
    (await page.evaluate(() => (window as unknown as { __streams: Logged[] }).__streams)).filter((e) =>
      e.url.includes(`/teams/${teamId}/`),
    );
}

export async function dashboard(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  await signInAs(context, 'receptionist');
  const page = await context.newPage();
  const streams = await recordStreams(page);
  await page.goto('/');
  return { context, page, streams };
}
