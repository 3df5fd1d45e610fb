import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, type DemoRole, signInRequest } from './auth-helpers';
import { sandbox } from './sandbox-control';

type Role = DemoRole;
const ALL: Role[] = ['receptionist', 'practitioner', 'manager', 'admin'];
const MANAGERS: Role[] = ['manager', 'admin'];
const ADMINS: Role[] = ['admin'];

/**
 * Who may use what — declared here independently of server/auth/route-policy.ts, so the test is a
 * second opinion, not a copy. Every route in app/ must appear here: a new route fails the suite
 * until someone decides who may use it.
 */
/** A bearer endpoint that takes POST only (/api/mcp): POST without a token is 401, anything else 405. */
type Rule = 'public' | 'own-auth' | 'bearer-post' | { roles: Role[]; team?: true };

const MATRIX: Record<string, Rule> = {
  '/signin': 'public',
  '/': { roles: ALL },
  '/forbidden': { roles: ALL },
  '/audit': { roles: MANAGERS },
  '/admin': { roles: ADMINS },
  '/admin/users': { roles: ADMINS },
  '/admin/teams': { roles: ADMINS },
  '/api/health': 'public',
  '/api/health/live': 'public',
  '/api/health/ready': 'public',
  '/metrics': { roles: ADMINS },
  '/api/auth/[...nextauth]': 'public',
  '/api/me': { roles: ALL },
  '/api/me/preferences': { roles: ALL },
  '/api/me/password': { roles: ALL },
  '/account/password': { roles: ALL },
  '/api/teams': { roles: ALL },
  '/api/teams/[teamId]/waiting': { roles: ALL, team: true },
  '/api/teams/[teamId]/waiting/stream': { roles: ALL, team: true },
  '/api/teams/[teamId]/calls/[callId]': { roles: ALL, team: true },
  '/api/teams/[teamId]/calls/[callId]/actions': { roles: ALL, team: true },
  '/api/teams/[teamId]/calls/[callId]/timeline': { roles: ALL, team: true },
  '/api/teams/[teamId]/practitioners': { roles: ALL, team: true },
  '/api/teams/[teamId]/practitioners/[practitionerId]/availability': { roles: ALL, team: true },
  '/api/teams/[teamId]/roster': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/roster/[practitionerId]': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/calls/[callId]/guest-link': { roles: ALL, team: true },
  '/practitioners': { roles: ALL },
  '/sessions': { roles: ALL },
  '/sessions/new': { roles: ALL },
  '/sessions/review': { roles: MANAGERS },
  '/sessions/[teamId]/[sessionId]': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/participants': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/participants/[participantId]': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/participants/[participantId]/send-link': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/notifications': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/summary': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/media': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/media/[collectionId]/[submissionId]/[fileId]': { roles: ALL, team: true },
  '/api/teams/[teamId]/sessions/[sessionId]/media/[collectionId]/[submissionId]/[fileId]/play': {
    roles: ALL,
    team: true,
  },
  '/api/teams/[teamId]/session-review': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/session-review/export': { roles: MANAGERS, team: true },
  '/reports': { roles: MANAGERS },
  '/api/teams/[teamId]/reports': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/reports/export': { roles: MANAGERS, team: true },
  '/settings': { roles: MANAGERS },
  '/api/settings': { roles: MANAGERS },
  '/api/teams/[teamId]/settings': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/display-tokens': { roles: MANAGERS, team: true },
  '/api/teams/[teamId]/display-tokens/[tokenId]': { roles: MANAGERS, team: true },
  '/display/[teamId]': { roles: ALL, team: true },
  '/display/connect/[token]': 'own-auth',
  '/api/display/[teamId]/stream': { roles: ALL, team: true },
  '/api/webhooks/coviu': 'own-auth',
  // An agent token as a bearer (server/agents/recording-link.ts); a staff cookie is not one.
  '/api/mcp/recordings/[teamId]/[sessionId]/[collectionId]/[submissionId]/[fileId]': 'own-auth',
  '/api/mcp': 'bearer-post',
  '/.well-known/oauth-protected-resource': 'public',
  '/.well-known/oauth-protected-resource/api/mcp': 'public',
  '/api/audit': { roles: MANAGERS },
  '/api/audit/export': { roles: MANAGERS },
  '/api/admin/users': { roles: ADMINS },
  '/api/admin/users/[userId]': { roles: ADMINS },
  '/api/admin/teams': { roles: ADMINS },
  '/api/admin/teams/[teamId]': { roles: ADMINS },
  '/api/admin/teams/[teamId]/queues': { roles: ADMINS },
  '/api/admin/teams/[teamId]/queues/[queueId]': { roles: ADMINS },
  '/agent-access': { roles: ALL },
  '/api/me/agent-tokens': { roles: ALL },
  '/api/me/agent-tokens/[tokenId]': { roles: ALL },
  '/admin/agent-tokens': { roles: ADMINS },
  '/api/admin/agent-tokens': { roles: ADMINS },
  '/api/admin/agent-tokens/[tokenId]': { roles: ADMINS },
};

interface Route {
  path: string;
  kind: 'page' | 'api';
  methods: string[];
}

function discoverRoutes(): Route[] {
  const app = join(process.cwd(), 'app');
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === 'page.tsx' || entry === 'route.ts') {
        const segments = relative(app, dir)
          .split(sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        const path = `/${segments.join('/')}`;
        if (entry === 'page.tsx') found.push({ path, kind: 'page', methods: ['GET'] });
        else {
          const source = readFileSync(full, 'utf8');
          const methods = [...source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
          found.push({ path, kind: 'api', methods: [...new Set(methods)] });
        }
      }
    }
  };
  walk(app);
  return found;
}

const routes = discoverRoutes();
const baseURL = () => test.info().project.use.baseURL!;

async function contextFor(role: Role | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: baseURL(), maxRedirects: 0 });
  if (role) expect(await signInRequest(context, DEMO[role])).toBe(200);
  return context;
}

async function call(context: APIRequestContext, method: string, url: string) {
  if (url.endsWith('/stream')) {
    // An event stream never ends: read the status, then hang up.
    const cookies = (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const controller = new AbortController();
    const response = await fetch(new URL(url, baseURL()), {
      headers: { cookie: cookies },
      redirect: 'manual',
      signal: controller.signal,
    });
    controller.abort();
    return response.status;
  }
  const options = method === 'GET' ? {} : { data: {}, headers: { origin: baseURL() } };
  return (await context.fetch(url, { method, ...options })).status();
}

test('every route in app/ has a declared access rule', () => {
  expect(routes.length).toBeGreaterThan(15);
  const undeclared = routes.map((r) => r.path).filter((p) => !(p in MATRIX));
  expect(undeclared, 'routes with no entry in the access matrix').toEqual([]);
  for (const r of routes.filter((x) => x.kind === 'api'))
    expect(r.methods.length, `${r.path} exports no method`).toBeGreaterThan(0);
});

test('every route refuses the signed-out and the wrong role, and admits the right one', async () => {
  test.setTimeout(180_000);
  const teams = await sandbox.teams();
  const mine = teams[0]!.teamId; // every demo account belongs to the first clinic
  const notReceptionists = teams[2]!.teamId; // reception and practitioner are not in the third
  const fill = (path: string, teamId: string) =>
    path
      .replace('[teamId]', teamId)
      .replace('[...nextauth]', 'session')
      .replace(
        /\[(callId|practitionerId|userId|queueId|sessionId|participantId|collectionId|submissionId|fileId|tokenId|token)\]/g,
        () => randomUUID(),
      );

  const failures: string[] = [];
  const check = (what: string, status: number, ok: (s: number) => boolean) => {
    if (!ok(status)) failures.push(`${what} → ${status}`);
  };

  const anonymous = await contextFor(null);
  for (const route of routes) {
    const rule = MATRIX[route.path]!;
    for (const method of route.methods) {
      const status = await call(anonymous, method, fill(route.path, mine));
      const what = `signed out ${method} ${route.path}`;
      if (rule === 'public') check(what, status, (s) => s !== 401 && s !== 403);
      else if (rule === 'own-auth') check(what, status, (s) => s === 401);
      else if (rule === 'bearer-post') check(what, status, (s) => s === (method === 'POST' ? 401 : 405));
      else if (route.kind === 'page') check(what, status, (s) => s === 307);
      else check(what, status, (s) => s === 401);
    }
  }

  for (const role of ALL) {
    const context = await contextFor(role);
    for (const route of routes) {
      const rule = MATRIX[route.path]!;
      if (rule === 'public') continue;
      if (rule === 'own-auth' || rule === 'bearer-post') {
        // A staff session is not a webhook credential, a display link or an agent token.
        for (const method of route.methods)
          check(`${role} ${method} ${route.path}`, await call(context, method, fill(route.path, mine)), (s) =>
            rule === 'bearer-post' && method !== 'POST' ? s === 405 : s === 401,
          );
        continue;
      }
      for (const method of route.methods) {
        const allowed = rule.roles.includes(role);
        const status = await call(context, method, fill(route.path, mine));
        check(`${role} ${method} ${route.path}`, status, (s) =>
          allowed ? s !== 401 && s !== 403 && s < 500 : s === 403,
        );
        if (allowed && rule.team && role !== 'admin' && role !== 'manager') {
          const other = await call(context, method, fill(route.path, notReceptionists));
          check(`${role} ${method} ${route.path} (another team)`, other, (s) => s === 403);
        }
      }
    }
    await context.dispose();
  }
  await anonymous.dispose();
  expect(failures).toEqual([]);
});
