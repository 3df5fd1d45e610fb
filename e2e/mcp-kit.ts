import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, type DemoRole, signInRequest } from './auth-helpers';
import type { McpSession } from './mcp-clients';
import { sandbox, type SandboxTeam } from './sandbox-control';

// What the MCP specs (e2e/mcp-*.spec.ts) share: raw JSON-RPC over HTTP for what the SDK clients
// hide (status codes, headers), signed-in staff for the screens' side, and callers to act on.

export const baseURL = () => test.info().project.use.baseURL!;

/** A staff member's API context (cookie session), for the dashboard's and the audit log's JSON. */
export async function staffApi(who: DemoRole | { email: string; password: string }): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: baseURL() });
  const status =
    typeof who === 'string' ? await signInRequest(api, DEMO[who]) : await signInRequest(api, who.email, who.password);
  expect(status, `sign-in as ${typeof who === 'string' ? who : who.email}`).toBe(200);
  return api;
}

export const LEGACY_VERSION = '2025-06-18';

/** One JSON-RPC message POSTed as a 2025-era client would, statelessly (no session id). */
export function rawMcp(
  body: Record<string, unknown>,
  { token, headers = {}, url = baseURL() }: { token?: string; headers?: Record<string, string>; url?: string } = {},
): Promise<Response> {
  return fetch(new URL('/api/mcp', url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ jsonrpc: '2.0', ...body }),
  });
}

export const initializeMessage = (protocolVersion = LEGACY_VERSION) => ({
  id: 1,
  method: 'initialize',
  params: { protocolVersion, capabilities: {}, clientInfo: { name: 'raw-e2e', version: '1.0.0' } },
});

/** The status a token gets now, on a stateless 2025-06-18 tools/list: 200 while it works. */
export async function tokenStatus(token: string, url = baseURL()): Promise<number> {
  const response = await rawMcp(
    { id: 2, method: 'tools/list', params: {} },
    { token, url, headers: { 'mcp-protocol-version': LEGACY_VERSION } },
  );
  await response.body?.cancel();
  return response.status;
}

/** A tool call the server refused: an `isError` answer, or a JSON-RPC error the client threw. */
export async function refusalText(session: McpSession, tool: string, args: Record<string, unknown>): Promise<string> {
  const answer = await session.call(tool, args).catch((error: unknown) => ({ isError: true, text: String(error) }));
  expect(answer.isError, `${tool} should have been refused: ${answer.text}`).toBe(true);
  return answer.text;
}

export interface AuditEntry {
  id: number;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  who: string;
  resourceId: string | null;
  teamId: string | null;
  agentTokenId: string | null;
  agentTokenName: string | null;
  changes: Record<string, unknown> | null;
}

/** The audit log as GET /api/audit answers the signed-in person (newest first). */
export async function auditEntries(api: APIRequestContext, query: Record<string, string>): Promise<AuditEntry[]> {
  const response = await api.get(`/api/audit?${new URLSearchParams({ limit: '500', ...query })}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { entries: AuditEntry[] }).entries;
}

const letters = () =>
  randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

/** Made-up patient details, unique per test so a stray match cannot come from another run. */
export function patient() {
  const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
  return {
    name: `Jasmine Crowthorne${letters()}`,
    phone: `04${digits(8)}`,
    medicare: `2${digits(9)}`,
  };
}

/** Callers put in the sandbox's waiting queue by these specs; `leaveAll` sends them home. */
const placed: string[] = [];

/** A caller in the team's first queue, once Waitboard's poller has seen them (the dashboard JSON shows them). */
export async function waitingCaller(
  team: SandboxTeam,
  api: APIRequestContext,
  details: Record<string, string> = patient(),
): Promise<string> {
  const { callId } = await sandbox.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details,
  });
  placed.push(callId);
  await expect.poll(async () => JSON.stringify(await dashboard(api, team.teamId))).toContain(callId);
  return callId;
}

export async function leaveAll() {
  for (const callId of placed.splice(0)) await sandbox.act(callId, 'leave').catch(() => undefined);
}

export interface DashboardCaller {
  callId: string;
  triage: { claimedBy: { id: string; name: string } | null; note: string | null };
}

/** The dashboard's JSON for a clinic (what every screen shows). */
export async function dashboard(api: APIRequestContext, teamId: string): Promise<{ callers: DashboardCaller[] }> {
  const response = await api.get(`/api/teams/${teamId}/waiting`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { callers: DashboardCaller[] };
}

/** Coviu requests that change something (not reads, not the client's own sign-in), since `since`. */
export async function coviuWrites(since: number) {
  return (await sandbox.log(since)).filter((r) => r.method !== 'GET' && !r.path.startsWith('/v1/auth'));
}

export const uniqueKey = () => `e2e-${randomBytes(12).toString('hex')}`;

/** A token made by whoever `api` is signed in as (for people who are not demo accounts). */
export async function tokenBy(
  api: APIRequestContext,
  body: { name: string; scopes?: string[]; teamIds?: string[]; days?: number },
): Promise<{ token: string; id: string }> {
  const response = await api.post('/api/me/agent-tokens', { data: body, headers: { origin: baseURL() } });
  expect(response.status(), await response.text()).toBe(201);
  const json = (await response.json()) as { token: string; agentToken: { id: string } };
  return { token: json.token, id: json.agentToken.id };
}
