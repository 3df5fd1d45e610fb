import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { METRICS_TOKEN } from '../playwright.config';
import { DEMO, type DemoRole, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

// What an operator's load balancer and Prometheus see (README "Operating Waitboard").

const baseURL = () => test.info().project.use.baseURL!;

async function contextFor(role: DemoRole | null, headers?: Record<string, string>): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({
    baseURL: baseURL(),
    maxRedirects: 0,
    extraHTTPHeaders: headers,
  });
  if (role) expect(await signInRequest(context, DEMO[role])).toBe(200);
  return context;
}

/** The value of the series `name` whose labels include `labels`, whatever their order; null if none. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return null;
}

test('health endpoints for a load balancer: live, ready, and the older ?ready=1', async () => {
  const anonymous = await contextFor(null);
  const live = await anonymous.get('/api/health/live');
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: 'live' });
  expect(live.headers()['cache-control']).toBe('no-store');
  const ready = await anonymous.get('/api/health/ready');
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
  expect((await anonymous.get('/api/health?ready=1')).status()).toBe(200);
});

test('/metrics: refused without credentials or for a non-administrator, with a message', async () => {
  const anonymous = await contextFor(null);
  const refused = await anonymous.get('/metrics');
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('METRICS_TOKEN');
  const wrong = await contextFor(null, { authorization: `Bearer ${METRICS_TOKEN}-not` });
  expect((await wrong.get('/metrics')).status()).toBe(401);
  const receptionist = await contextFor('receptionist');
  const forbidden = await receptionist.get('/metrics');
  expect(forbidden.status()).toBe(403);
  expect(((await forbidden.json()) as { error: { message: string } }).error.message).toBe(
    'Only administrators may read the metrics.',
  );
});

test('/metrics for a scraper and an administrator: polls, ownership and live viewers per team', async () => {
  const [team] = await sandbox.teams();
  const scraper = await contextFor(null, { authorization: `Bearer ${METRICS_TOKEN}` });
  const scrape = async () => {
    const response = await scraper.get('/metrics');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-type']).toContain('text/plain');
    return response.text();
  };
  const text = await scrape();
  const teamId = team!.teamId;
  expect(sample(text, 'waitboard_poller_owned', { team: teamId })).toBe(1);
  expect(sample(text, 'waitboard_polls_total', { team: teamId, outcome: 'ok' })).toBeGreaterThan(0);
  expect(sample(text, 'waitboard_upstream_responses_total', { endpoint: 'waiting', status: '2xx' })).toBeGreaterThan(0);
  expect(text).toContain('# TYPE waitboard_poller_takeovers_total counter');
  // Every series says which instance it is from.
  expect(text).toMatch(/waitboard_poller_owned\{[^}]*instance="[^"]+:\d+:\d+"/);

  const viewers = async () =>
    sample(await scrape(), 'waitboard_stream_viewers', { stream: 'dashboard', team: teamId }) ?? 0;
  const before = await viewers();
  const admin = await contextFor('admin');
  expect((await admin.get('/metrics')).status()).toBe(200);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const controller = new AbortController();
  const stream = await fetch(new URL(`/api/teams/${teamId}/waiting/stream`, baseURL()), {
    headers: { cookie },
    signal: controller.signal,
  });
  expect(stream.status).toBe(200);
  await expect.poll(viewers).toBe(before + 1);
  controller.abort();
  await expect.poll(viewers).toBe(before);
});
