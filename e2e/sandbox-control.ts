import { SANDBOX_URL } from '../playwright.config';

export interface SandboxTeam {
  teamId: string;
  name: string;
  waitingQueues: { waitingQueueId: string; name: string }[];
}

export interface LoggedRequest {
  at: number;
  method: string;
  path: string;
  /** Which token asked (a short hash): each instance holds its own. */
  client: string | null;
}

/** The control API (not Coviu's) of the sandbox at `base`, for arranging what a test needs. */
export const sandboxAt = (base: string) => ({
  async teams(): Promise<SandboxTeam[]> {
    return (await fetch(`${base}/_sandbox/teams`)).json() as Promise<SandboxTeam[]>;
  },
  async addCaller(body: {
    teamId: string;
    waitingQueueId: string;
    details: Record<string, string>;
    joinedAt?: string;
  }) {
    const response = await fetch(`${base}/_sandbox/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`sandbox refused the caller: ${response.status}`);
    return (await response.json()) as { callId: string };
  },
  async act(callId: string, action: string, body?: unknown) {
    const response = await fetch(`${base}/_sandbox/calls/${callId}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
    if (!response.ok) throw new Error(`sandbox refused ${action}: ${response.status}`);
  },
  async faults(config: Record<string, unknown>) {
    const response = await fetch(`${base}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(config),
    });
    if (!response.ok) throw new Error(`sandbox refused the faults: ${response.status}`);
  },
  async requests(): Promise<Record<string, number>> {
    return ((await (await fetch(`${base}/_sandbox/stats`)).json()) as { requests: Record<string, number> }).requests;
  },
  /** Coviu API requests that arrived after `since` (epoch ms) under `path`, with arrival times. */
  async log(since: number, path = '/v1/'): Promise<LoggedRequest[]> {
    const query = new URLSearchParams({ since: String(since), path });
    return ((await (await fetch(`${base}/_sandbox/requests?${query}`)).json()) as { requests: LoggedRequest[] })
      .requests;
  },
});

/** The suite's sandbox (playwright.config.ts). */
export const sandbox = sandboxAt(SANDBOX_URL);

export interface ArrangedSession {
  session_id: string;
}

export interface SandboxTimeline {
  actualStart: string | null;
  actualEnd: string | null;
  attendance: { participantId: string; role: string; entry: string; exit: string; leftReason: string }[];
}

/** Sessions arranged as if booked earlier (they may already have happened), and the sandbox's plan for them. */
export const sandboxSessions = {
  async arrange(body: {
    name: string;
    startTime: string;
    endTime: string;
    participants: { display_name: string; role: string }[];
  }) {
    const response = await fetch(`${SANDBOX_URL}/_sandbox/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`sandbox refused the session: ${response.status}`);
    return (await response.json()) as ArrangedSession;
  },
  async timeline(sessionId: string): Promise<SandboxTimeline> {
    return (await fetch(`${SANDBOX_URL}/_sandbox/sessions/${sessionId}/timeline`)).json() as Promise<SandboxTimeline>;
  },
};

export interface SandboxCall {
  callId: string;
  teamId: string;
  waitingQueueId?: string;
  joinedAt: string;
  answeredAt?: string;
  leftQueueAt?: string;
  transferredAt?: string;
  finishedAt?: string;
  previousCallId?: string;
}

/** The sandbox's own record of every call of a team, cleaned-up ones included. */
export async function sandboxCalls(teamId: string): Promise<SandboxCall[]> {
  return (await fetch(`${SANDBOX_URL}/_sandbox/calls?teamId=${teamId}`)).json() as Promise<SandboxCall[]>;
}
