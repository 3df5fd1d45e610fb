import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { WEBHOOK_TOKEN } from '../playwright.config';
import { DEMO, signInRequest } from './auth-helpers';
import { bodiesFor, type Ids, PARAM_VALUES, QUERY_KEYS, QUERY_VALUES, templates } from './fuzz/inputs';
import { sandbox } from './sandbox-control';

// Named zz- so it runs after the other specs (one worker, files in name order): it changes
// settings, creates teams, users and display links, and fails sign-ins from this address. What
// it may change for good is its own: a throwaway team, queue, user and caller.

interface Probe {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  as: 'admin' | 'manager' | 'anon';
}

interface ApiRoute {
  path: string;
  methods: string[];
  /** Whether its handler looks at the query string (each parameter is then fuzzed alone). */
  readsQuery: boolean;
}

function apiRoutes(): ApiRoute[] {
  const app = join(process.cwd(), 'app', 'api');
  const found: ApiRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'route.ts') {
        const source = readFileSync(full, 'utf8');
        const methods = [...source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
        const path = `/api/${relative(app, dir).split(sep).join('/')}`;
        found.push({ path, methods: [...new Set(methods)], readsQuery: source.includes('request.url') });
      }
    }
  };
  walk(app);
  return found;
}

const baseURL = () => test.info().project.use.baseURL!;
const sameDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function cookieFor(role: 'admin' | 'manager'): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL: baseURL() });
  expect(await signInRequest(context, DEMO[role])).toBe(200);
  const cookies = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await context.dispose();
  return cookies;
}

test('no input makes any API route answer 5xx', async () => {
  test.setTimeout(170_000);
  const started = Date.now();
  const csrf = await fetch(new URL('/api/auth/csrf', baseURL()));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = {
    admin: await cookieFor('admin'),
    manager: await cookieFor('manager'),
    anon: csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
  const send = async (probe: Probe): Promise<number> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 20_000);
    try {
      const response = await fetch(new URL(probe.url, baseURL()), {
        method: probe.method,
        body: probe.method === 'GET' ? undefined : (probe.body ?? ''),
        headers: {
          cookie: cookies[probe.as],
          origin: baseURL(),
          'content-type': probe.contentType ?? 'application/json',
          authorization: probe.url.startsWith('/api/webhooks') ? `Bearer ${WEBHOOK_TOKEN}` : '',
        },
        redirect: 'manual',
        signal: controller.signal,
      });
      // An event stream never ends: its status is all we need.
      if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) controller.abort();
      else await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    } finally {
      clearTimeout(timer);
    }
  };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(new URL(url, baseURL()), {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { cookie: cookies.admin, origin: baseURL(), 'content-type': 'application/json' },
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
  };

  // Throwaway things to aim at, so valid-looking requests change nothing another spec relies on.
  const team = (await sandbox.teams())[0]!;
  const queueId = team.waitingQueues[0]!.waitingQueueId;
  await call('POST', '/api/admin/teams', { id: 'fuzz-team', name: 'Fuzz clinic', timezone: 'UTC' });
  await call('POST', '/api/admin/teams/fuzz-team/queues', { id: 'fuzz-queue', name: 'Fuzz queue' });
  const user = await call('POST', '/api/admin/users', {
    ...{ email: 'fuzz@example.com', name: 'Fuzz', role: 'receptionist', teamIds: [team.teamId] },
  });
  expect(user.status).toBe(201);
  // A caller whose Coviu name holds what PostgreSQL refuses: acting on them must still work.
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: queueId,
    details: { name: 'Fuzz\u0000Caller\ud800', phone: '\u0000' },
  });
  await expect
    .poll(async () => JSON.stringify((await call('GET', `/api/teams/${team.teamId}/waiting`)).body), {
      timeout: 15_000,
    })
    .toContain(callId);
  const practitioners = (await call('GET', `/api/teams/${team.teamId}/practitioners`)).body.practitioners as {
    id: string;
  }[];
  const ids: Ids = {
    teamId: team.teamId,
    queueId,
    callId,
    userId: (user.body.user as { id: string }).id,
    practitionerId: practitioners[0]!.id,
    tomorrow: sameDay(1),
  };
  const current = {
    global: (await call('GET', '/api/settings')).body.settings,
    team: (await call('GET', `/api/teams/${team.teamId}/settings`)).body.settings,
  };
  const bodies = templates(ids, current);

  const valid: Record<string, string> = {
    teamId: ids.teamId,
    callId: ids.callId,
    userId: ids.userId,
    queueId: 'fuzz-queue',
  };
  const fill = (path: string, over: Record<string, string> = {}) =>
    path.replace(/\[(\w+)\]/g, (_, name: string) => {
      if (name in over) return over[name]!;
      if (path.startsWith('/api/admin/teams') && name === 'teamId') return 'fuzz-team';
      return valid[name] ?? randomUUID();
    });

  const probes: Probe[] = [];
  for (const route of apiRoutes()) {
    if (route.path.includes('[...nextauth]')) continue;
    const params = [...route.path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    for (const method of route.methods) {
      const template = bodies[`${method} ${route.path}`];
      const validBody = template === undefined ? '{}' : JSON.stringify(template);
      for (const as of ['admin', 'manager'] as const) {
        if (as === 'manager' && route.path.startsWith('/api/admin')) continue;
        for (const name of params)
          for (const value of PARAM_VALUES)
            probes.push({ method, url: fill(route.path, { [name]: value }), body: validBody, as });
        if (method === 'GET') {
          const base = { from: sameDay(-1), to: sameDay(0), date: sameDay(0), queue: queueId };
          for (const value of QUERY_VALUES) {
            const all = new URLSearchParams(Object.fromEntries(QUERY_KEYS.map((k) => [k, value])));
            probes.push({ method, url: `${fill(route.path)}?${all.toString().replaceAll('%25', '%')}`, as });
            if (as === 'manager' || !route.readsQuery) continue;
            for (const key of QUERY_KEYS) {
              const one = new URLSearchParams({ ...base, [key]: value }).toString().replaceAll('%25', '%');
              probes.push({ method, url: `${fill(route.path)}?${one}`, as });
            }
          }
        } else if (as === 'admin') {
          for (const body of bodiesFor(template)) probes.push({ method, url: fill(route.path), body, as });
        }
      }
    }
  }
  // Every action on the caller with the hostile Coviu name, and sign-in with hostile text.
  for (const action of [
    { type: 'claim' },
    { type: 'priority', priority: 1 },
    { type: 'reassign', queueId },
    { type: 'admit', practitionerId: ids.practitionerId, mode: 'room' },
    { type: 'release' },
  ])
    probes.push({
      method: 'POST',
      url: fill('/api/teams/[teamId]/calls/[callId]/actions'),
      body: JSON.stringify(action),
      as: 'admin',
    });
  for (const email of ['\u0000', 'a\u0000@example.com', '\ud800@example.com', 'x'.repeat(3000)])
    for (const password of ['\u0000', 'waitboard-demo\ud800'])
      probes.push({
        method: 'POST',
        url: '/api/auth/callback/credentials',
        body: new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString(),
        contentType: 'application/x-www-form-urlencoded',
        as: 'anon',
      });
  for (const path of ['session', 'csrf', 'providers', 'signin', '%00', 'x'.repeat(3000), '%ED%A0%80', 'callback/%00'])
    probes.push({ method: 'GET', url: `/api/auth/${path}`, as: 'admin' });

  const failures: string[] = [];
  let sent = 0;
  const queue = [...probes];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let probe = queue.shift(); probe; probe = queue.shift()) {
        const status = await send(probe);
        sent += 1;
        if (status >= 500 || status === 0)
          failures.push(
            `${status} ${probe.as} ${probe.method} ${probe.url.slice(0, 100)} ${(probe.body ?? '').slice(0, 100)}`,
          );
      }
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`input fuzz: ${sent} requests, ${failures.length} answered 5xx or not at all, ${seconds} s`);
  for (const failure of failures.slice(0, 60)) console.log(`  ${JSON.stringify(failure)}`);
  expect(sent).toBeGreaterThanOrEqual(2000);
  expect(failures).toEqual([]);
});
