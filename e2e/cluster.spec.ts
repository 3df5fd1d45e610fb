import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { signIn } from '../bench/harness';
import { ON_POSTGRES } from '../playwright.config';
import { dashboard } from './cluster-browser';
import { Cluster, freePort, perMinute, pollReads, pollsOf, sleep } from './cluster-kit';
import type { AppInstance } from './crash-instance';
import { FailoverProxy } from './failover-proxy';
import type { SandboxTeam } from './sandbox-control';
import { changeOf, waitingStream } from './sse-client';

// Two instances on one PostgreSQL database and one sandbox, behind a small failover proxy (the
// load balancer), with real `kill -9`s. Each test first restarts any instance an earlier one killed.

// The shortest active interval a clinic can have (settings: at least 2 s).
const POLL_MS = 2_000;
const WINDOW_MS = 20_000;

let cluster: Cluster;
let proxy: FailoverProxy;
let team: SandboxTeam;
let cookie: string;
let receiver: Server;
const escalations: { text: string; at: number }[] = [];

test.beforeAll(async () => {
  // Its instances make their own PostgreSQL database whichever pass runs, so one pass is enough.
  test.skip(!ON_POSTGRES, 'the PostgreSQL pass (E2E_DATABASE=postgres) runs it');
  test.setTimeout(120_000);
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      escalations.push({ text: (JSON.parse(body) as { text: string }).text, at: Date.now() });
      res.end('ok');
    });
  });
  const escalationPort = await freePort();
  await new Promise<void>((resolve) => receiver.listen(escalationPort, '127.0.0.1', resolve));
  const ports = [await freePort(), await freePort()];
  proxy = await new FailoverProxy(ports).listen();
  const made = await Cluster.create({
    ports,
    sandboxPort: await freePort(),
    pollActiveMs: POLL_MS,
    publicUrl: proxy.url,
    dir: 'test-results/cluster',
    env: { ESCALATION_WEBHOOK_URL: `http://127.0.0.1:${escalationPort}/escalations` },
  });
  if (typeof made === 'string') console.log(`cluster tests skipped: no PostgreSQL reachable (${made})`);
  test.skip(typeof made === 'string', `no PostgreSQL reachable: ${String(made)}`);
  cluster = made as Cluster;
  team = (await cluster.sandbox.control.teams())[0]!;
  // One instance only, to begin with: the first test compares one with two.
  await cluster.instances[0]!.start();
  cookie = await signIn(cluster.instances[0]!.url, 'admin@example.com');
});

test.afterAll(async () => {
  await cluster?.stop();
  await proxy?.close();
  if (receiver) await new Promise((resolve) => receiver.close(resolve));
});

async function allRunning(): Promise<[AppInstance, AppInstance]> {
  for (const i of cluster.instances) if (i.pid === null) await i.start();
  return cluster.instances as [AppInstance, AppInstance];
}

const addCaller = (minutesAgo = 0, queue = 0) =>
  cluster.sandbox.control.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[queue]!.waitingQueueId,
    details: { name: 'Cluster Caller' },
    joinedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  });

const viewer = (instance: AppInstance) => waitingStream(instance.url, team.teamId, { cookie }).ready();

/** The sandbox's reads of the team for WINDOW_MS from now. */
async function readsOver() {
  const from = Date.now();
  await sleep(WINDOW_MS);
  return (await pollReads(cluster.sandbox, team.teamId, from)).filter((r) => r.at <= from + WINDOW_MS);
}

test('upstream reads per team per minute with two instances stay within 10% of one', async () => {
  test.setTimeout(120_000);
  const [a, b] = cluster.instances as [AppInstance, AppInstance];
  if (b.pid !== null) await b.stop();
  if (a.pid === null) await a.start();
  const onA = await viewer(a);
  expect((await cluster.owner(team.teamId)).port).toBe(a.port);
  await sleep(2 * POLL_MS);
  const one = perMinute((await readsOver()).map((r) => r.at));

  await b.start();
  const onB = await viewer(b);
  await cluster.owner(team.teamId);
  await sleep(2 * POLL_MS);
  const both = await readsOver();
  const two = perMinute(both.map((r) => r.at));
  console.log(`reads per minute of the watched team: ${one.toFixed(1)} with one instance, ${two.toFixed(1)} with two`);
  // Both at the active rate (viewers watch it), and not twice it.
  expect(one).toBeGreaterThan(0.8 * (60_000 / POLL_MS));
  expect(Math.abs(two / one - 1)).toBeLessThanOrEqual(0.1);
  // One poller, not two taking turns: each instance holds its own Coviu token.
  expect(new Set(both.map((r) => r.client)).size).toBe(1);
  await Promise.all([onA.close(), onB.close()]);
});

test('a caller added in the sandbox reaches stream viewers on both instances, with the same event id', async () => {
  const [a, b] = await allRunning();
  const [onA, onB] = await Promise.all([viewer(a), viewer(b)]);
  const { callId } = await addCaller();
  const [seenA, seenB] = await Promise.all([onA.next(changeOf(callId)), onB.next(changeOf(callId))]);
  console.log(`one change on both instances: ${Math.abs(seenA.at - seenB.at)} ms apart`);
  expect(seenA.id).toBe(seenB.id);
  expect(Math.abs(seenA.at - seenB.at)).toBeLessThan(500);
  await Promise.all([onA.close(), onB.close()]);
});

test('kill -9 of the owner: the other instance polls within two intervals, its viewers keep receiving', async () => {
  await allRunning();
  const owner = await cluster.owner(team.teamId);
  const survivor = cluster.instances.find((i) => i !== owner)!;
  const onSurvivor = await viewer(survivor);
  await sleep(POLL_MS);

  owner.crash();
  const killedAt = Date.now();
  const { callId } = await addCaller();
  let polls: number[] = [];
  await expect
    .poll(async () => (polls = await pollsOf(cluster.sandbox, team.teamId, killedAt)).length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const seen = await onSurvivor.next(changeOf(callId), 10_000);
  console.log(
    `after kill -9: first poll ${polls[0]! - killedAt} ms, first event on a survivor ${seen.at - killedAt} ms`,
  );
  expect(polls[0]! - killedAt).toBeLessThanOrEqual(2 * POLL_MS);
  // The same connection, never closed: no reload, no new snapshot.
  expect(onSurvivor.closed).toBeNull();
  expect(onSurvivor.events.filter((e) => e.event === 'snapshot')).toHaveLength(1);
  expect((await cluster.owner(team.teamId, 2 * POLL_MS)).port).toBe(survivor.port);
  await onSurvivor.close();
});

test('a browser on a killed instance resumes on the other with the events it missed, no snapshot', async ({
  browser,
}) => {
  await allRunning();
  const owner = await cluster.owner(team.teamId);
  const survivor = cluster.instances.find((i) => i !== owner)!;
  proxy.prefer(owner.port);
  const { context, page, streams } = await dashboard(browser, proxy.url);
  const before = await addCaller();
  await expect(page.locator(`tr[data-call-id="${before.callId}"]`)).toBeVisible();
  const stream = `/api/teams/${team.teamId}/waiting/stream`;
  expect(proxy.routed.filter((r) => r.path.startsWith(stream)).at(-1)?.port).toBe(owner.port);
  const onSurvivor = await viewer(survivor);
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));

  // The browser's stream stays away until the change has happened on the survivor: it was missed.
  proxy.holdStreams();
  owner.crash();
  const killedAt = Date.now();
  const missed = await addCaller();
  const onSurvivorEvent = await onSurvivor.next(changeOf(missed.callId), 10_000);
  await expect
    .poll(async () => (await streams(team.teamId)).some((e) => e.type === 'error' && e.at >= killedAt))
    .toBe(true);
  proxy.releaseStreams();

  await expect(page.locator(`tr[data-call-id="${missed.callId}"]`)).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => (await streams(team.teamId)).some((e) => e.callId === missed.callId)).toBe(true);
  const after = (await streams(team.teamId)).filter((e) => e.at >= killedAt && e.type !== 'error');
  console.log(`after the kill the browser's stream saw: ${after.map((e) => `${e.type} ${e.id}`).join(', ')}`);
  expect(after[0]?.type).toBe('open');
  expect(after.filter((e) => e.type === 'snapshot')).toEqual([]);
  expect(after.find((e) => e.callId === missed.callId)?.id).toBe(onSurvivorEvent.id);
  expect(proxy.routed.filter((r) => r.path.startsWith(stream) && r.at >= killedAt).map((r) => r.port)).toEqual([
    survivor.port,
  ]);
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
  await onSurvivor.close();
  await context.close();
});

test('a settings change made through one instance reaches an open dashboard on the other', async ({ browser }) => {
  const [a, b] = await allRunning();
  const queue = team.waitingQueues[1]!;
  const { callId } = await addCaller(2, 1);
  const { context, page } = await dashboard(browser, b.url);
  const row = page.locator(`tr[data-call-id="${callId}"]`);
  await expect(row).toHaveAttribute('data-level', 'ok');

  const manager = await signIn(a.url, 'manager@example.com');
  const settingsUrl = `${a.url}/api/teams/${team.teamId}/settings`;
  const { settings } = (await (await fetch(settingsUrl, { headers: { cookie: manager } })).json()) as {
    settings: { thresholds: { defaults: unknown; queues: Record<string, unknown> } };
  };
  const save = (queues: Record<string, unknown>) =>
    fetch(settingsUrl, {
      method: 'PATCH',
      headers: { cookie: manager, origin: a.url, 'content-type': 'application/json' },
      body: JSON.stringify({ thresholds: { ...settings.thresholds, queues } }),
    });
  const lowered = {
    ...settings.thresholds.queues,
    [queue.waitingQueueId]: { 0: { warnMinutes: 1, criticalMinutes: 30 } },
  };
  expect((await save(lowered)).status).toBe(200);
  await expect(row).toHaveAttribute('data-level', 'warn', { timeout: 5_000 });

  expect((await save(settings.thresholds.queues)).status).toBe(200);
  await expect(row).toHaveAttribute('data-level', 'ok', { timeout: 5_000 });
  await context.close();
});

test('an escalation for one caller is posted once, by one instance, also across a failover', async () => {
  test.setTimeout(90_000);
  const [a, b] = await allRunning();
  // Dashboards are open on both, as in a clinic: the team is polled at the active rate throughout.
  const watching = await Promise.all([viewer(a), viewer(b)]);
  const from = Date.now();
  await addCaller(11, 2);
  const posts = () => escalations.filter((e) => e.at >= from);
  await expect.poll(() => posts().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  expect(posts()[0]!.text).toMatch(/has waited 11:\d\d, past the 10-minute limit/);
  // Both instances see the caller over the limit at every poll, for several polls.
  await sleep(5 * POLL_MS);
  expect(posts()).toHaveLength(1);

  const owner = await cluster.owner(team.teamId);
  owner.crash();
  const killedAt = Date.now();
  await cluster.owner(team.teamId, 5 * POLL_MS);
  await expect
    .poll(async () => (await pollsOf(cluster.sandbox, team.teamId, killedAt)).length, { timeout: 8 * POLL_MS })
    .toBeGreaterThanOrEqual(5);
  expect(posts()).toHaveLength(1);
  await Promise.all(watching.map((w) => w.close()));
});
