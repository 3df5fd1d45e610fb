import { expect, request as playwrightRequest, test } from '@playwright/test';
import { addDays, clinicInstant, clinicParts } from '../lib/core/clinic-time';
import { DEMO, signInRequest } from './auth-helpers';
import type { McpSession } from './mcp-clients';
import { sandbox, sandboxSessions } from './sandbox-control';

// What e2e/mcp-sessions.spec.ts arranges: sessions in the sandbox as if booked earlier, the
// requests that reached Coviu since a moment, and the audit log as a manager reads it.

export const MINUTE = 60_000;
export const TZ = 'Australia/Sydney';
export const baseURL = () => test.info().project.use.baseURL!;

export async function firstTeamId(): Promise<string> {
  return (await sandbox.teams())[0]!.teamId;
}

const PEOPLE = [
  { display_name: 'Dr Pat Practitioner', role: 'host' },
  { display_name: 'Sam Guest', role: 'guest' },
];

/** A session that ended an hour ago: Coviu has its summary and recording. */
export async function finishedSession(label: string): Promise<string> {
  const now = Date.now();
  const { session_id: id } = await sandboxSessions.arrange({
    name: `${label} ${now}`,
    startTime: new Date(now - 90 * MINUTE).toISOString(),
    endTime: new Date(now - 70 * MINUTE).toISOString(),
    participants: PEOPLE,
  });
  return id;
}

export const tomorrowInClinic = () => addDays(clinicParts(Date.now(), TZ).date, 1);

let slot = 0;
/** A 30-minute session tomorrow at 10:00 clinic time onwards, each one a few minutes later. */
export async function upcomingSession(label: string): Promise<{ id: string; name: string }> {
  const start = clinicInstant(tomorrowInClinic(), '10:00', TZ)!.getTime() + (slot++ % 40) * 7 * MINUTE;
  const name = `${label} ${Date.now()}`;
  const { session_id: id } = await sandboxSessions.arrange({
    name,
    startTime: new Date(start).toISOString(),
    endTime: new Date(start + 30 * MINUTE).toISOString(),
    participants: PEOPLE,
  });
  return { id, name };
}

/** Coviu requests since `since` that were not reads (nor a token refresh): what the rules keep from Coviu. */
export async function coviuWritesSince(since: number): Promise<string[]> {
  return (await sandbox.log(since))
    .filter((r) => r.method !== 'GET' && !r.path.startsWith('/v1/auth/'))
    .map((r) => `${r.method} ${r.path}`);
}

/** What the session tools answer with (structuredContent), as far as the tests read it. */
export interface SessionAnswer {
  status?: 'confirmation_required' | 'declined' | 'done';
  summary?: string;
  confirmation?: string;
  session: {
    sessionId: string;
    state: string;
    participants: { participantId: string; name: string; role: string; removed: boolean; hasMobile: boolean }[];
  };
}

export async function call<T = SessionAnswer>(session: McpSession, tool: string, args: Record<string, unknown>) {
  const answer = await session.call(tool, args);
  return { ...answer, data: (answer.structured ?? {}) as T };
}

export async function sessionState(session: McpSession, teamId: string, sessionId: string): Promise<string> {
  const answer = await call(session, 'get_session', { teamId, sessionId });
  expect(answer.isError, answer.text).toBe(false);
  return answer.data.session.state;
}

export interface AuditRow {
  action: string;
  resourceId: string | null;
  actorEmail: string | null;
  agentTokenId: string | null;
  agentTokenName: string | null;
}

/** The audit log as a manager reads it on /audit (GET /api/audit). */
export async function managerAudit(action: string): Promise<AuditRow[]> {
  const api = await playwrightRequest.newContext({ baseURL: baseURL() });
  try {
    expect(await signInRequest(api, DEMO.manager)).toBe(200);
    const response = await api.get(`/api/audit?${new URLSearchParams({ action, limit: '200' })}`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { entries: AuditRow[] }).entries;
  } finally {
    await api.dispose();
  }
}

/** A practitioner of the clinic, by name, as list_clinics gives them (the ids book_session takes). */
export async function practitionerId(session: McpSession, teamId: string, name: string): Promise<string> {
  type Clinics = { clinics: { teamId: string; practitioners: { practitionerId: string; name: string }[] }[] };
  const { data } = await call<Clinics>(session, 'list_clinics', {});
  return data.clinics.find((c) => c.teamId === teamId)!.practitioners.find((p) => p.name === name)!.practitionerId;
}

export interface Recording {
  url: string;
  mimeType: string;
  sizeBytes: number | null;
  kind: string;
}
