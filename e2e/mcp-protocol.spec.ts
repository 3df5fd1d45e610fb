import { request as httpRequest } from 'node:http';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { expect, test } from '@playwright/test';
import { AGENT_SCOPES } from '../lib/agents/scopes';
import { connect, ERAS, makeAgentToken } from './mcp-clients';
import { baseURL, initializeMessage, LEGACY_VERSION, leaveAll, rawMcp, staffApi, waitingCaller } from './mcp-kit';
import { sandbox } from './sandbox-control';

// Issue 14: /api/mcp speaks every protocol era an assistant's host may bring, statelessly, and
// answers at the HTTP level as a protected resource should.

test.afterAll(leaveAll);

/** A JSON-RPC answer, whether it came as JSON or as one server-sent event. */
async function rpcBody(response: Response): Promise<{ result?: Record<string, unknown>; error?: unknown }> {
  const text = await response.text();
  if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) return JSON.parse(text);
  const data = text.split('\n').find((line) => line.startsWith('data:'));
  return JSON.parse(data!.slice('data:'.length));
}

for (const era of ERAS) {
  test(`the ${era} client lists the tools and reads the clinics and the waiting room`, async () => {
    const [team] = await sandbox.teams();
    const reception = await staffApi('receptionist');
    const callId = await waitingCaller(team!, reception);
    await reception.dispose();
    const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: `era ${era}` });
    const session = await connect(baseURL(), token, era);
    try {
      const names = (await session.listTools()).map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['list_clinics', 'list_waiting_callers', 'get_caller']));

      const clinics = await session.call('list_clinics');
      expect(clinics.isError, clinics.text).toBe(false);
      const listed = clinics.structured!.clinics as { teamId: string; queues: { queueId: string }[] }[];
      const mine = listed.find((c) => c.teamId === team!.teamId);
      expect(mine?.queues.map((q) => q.queueId)).toContain(team!.waitingQueues[0]!.waitingQueueId);
      // The text block carries the same answer, for clients that do not read structuredContent.
      expect(JSON.parse(clinics.text)).toEqual(clinics.structured);

      const waiting = await session.call('list_waiting_callers', { teamId: team!.teamId });
      expect(waiting.isError, waiting.text).toBe(false);
      const callers = waiting.structured!.callers as { callId: string; status: string }[];
      expect(callers.find((c) => c.callId === callId)?.status).toBe('waiting');
    } finally {
      await session.close();
    }
  });
}

test('a raw 2025-06-18 client initialises and lists tools statelessly, without a session id', async () => {
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: 'raw 2025-06-18' });
  const init = await rawMcp(initializeMessage(LEGACY_VERSION), { token });
  expect(init.status).toBe(200);
  // Stateless: nothing to remember between requests, so any instance can answer the next one.
  expect(init.headers.get('mcp-session-id')).toBeNull();
  const initialised = await rpcBody(init);
  expect(initialised.result?.protocolVersion).toBe(LEGACY_VERSION);
  expect((initialised.result?.serverInfo as { name: string }).name).toBe('waitboard');

  const listed = await rawMcp(
    { id: 2, method: 'tools/list', params: {} },
    { token, headers: { 'mcp-protocol-version': LEGACY_VERSION } },
  );
  expect(listed.status).toBe(200);
  const tools = ((await rpcBody(listed)).result?.tools ?? []) as { name: string }[];
  expect(tools.map((t) => t.name)).toContain('list_waiting_callers');
});

test('GET is answered 405 with Allow: POST', async () => {
  const response = await fetch(new URL('/api/mcp', baseURL()), { headers: { accept: 'text/event-stream' } });
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('POST');
});

test('a request naming another host is refused before the token is even read', async () => {
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: 'wrong host' });
  const url = new URL('/api/mcp', baseURL());
  const body = JSON.stringify({ jsonrpc: '2.0', ...initializeMessage() });
  // fetch() will not send a Host header of our choosing; node:http will, as a rebinding page would.
  const status = await new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          host: 'evil.example',
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode!);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
  expect(status).toBe(403);
  // The same request with the app's own host is served: the refusal was the Host header's.
  expect((await rawMcp(initializeMessage(), { token })).status).toBe(200);
});

test('the protected-resource metadata (RFC 9728) names /api/mcp and the scopes', async () => {
  const response = await fetch(new URL('/.well-known/oauth-protected-resource/api/mcp', baseURL()));
  expect(response.status).toBe(200);
  const metadata = (await response.json()) as Record<string, unknown>;
  expect(metadata.resource).toBe(new URL('/api/mcp', baseURL()).toString());
  expect(metadata.scopes_supported).toEqual([...AGENT_SCOPES]);
  expect(metadata.bearer_methods_supported).toEqual(['header']);
});

test('without a bearer the answer is 401 pointing at the metadata; a bad bearer says invalid_token', async () => {
  const bare = await rawMcp(initializeMessage());
  expect(bare.status).toBe(401);
  const challenge = bare.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer /);
  const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1];
  expect(metadataUrl).toBe(new URL('/.well-known/oauth-protected-resource/api/mcp', baseURL()).toString());
  expect((await fetch(metadataUrl!)).status).toBe(200);
  // RFC 6750 §3.1: a request with no credentials at all gets no error code.
  expect(challenge).not.toContain('error=');

  const forged = await rawMcp(initializeMessage(), { token: `wbat_${'x'.repeat(43)}` });
  expect(forged.status).toBe(401);
  expect(forged.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", resource_metadata="/);
});

test('a signed-in browser session is not a token: cookies alone get 401', async () => {
  const reception = await staffApi('receptionist');
  try {
    // The cookie works for the screens' API...
    expect((await reception.get('/api/me')).status()).toBe(200);
    const response = await reception.post('/api/mcp', {
      data: { jsonrpc: '2.0', ...initializeMessage() },
      headers: { accept: 'application/json, text/event-stream', origin: baseURL() },
    });
    // ...and not here.
    expect(response.status()).toBe(401);
  } finally {
    await reception.dispose();
  }
});

test('stateless: the modern client never sends a session id, and two clients share a token', async () => {
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: 'two clients' });
  const seen: { sent: string | null; answered: string | null; version: string | null }[] = [];
  const recording = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init);
    const headers = new Headers(init?.headers);
    seen.push({
      sent: headers.get('mcp-session-id'),
      answered: response.headers.get('mcp-session-id'),
      version: headers.get('mcp-protocol-version'),
    });
    return response;
  };
  const client = new Client(
    { name: 'waitboard-e2e', version: '1.0.0' },
    { versionNegotiation: { mode: { pin: '2026-07-28' } } },
  );
  await client.connect(
    new StreamableHTTPClientTransport(new URL('/api/mcp', baseURL()), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: recording,
    }),
  );
  const other = await connect(baseURL(), token, 'v1');
  try {
    for (let i = 0; i < 2; i++) {
      const first = await client.callTool({ name: 'list_clinics', arguments: {} });
      expect(first.isError ?? false).toBe(false);
      const second = await other.call('list_clinics');
      expect(second.isError, second.text).toBe(false);
    }
  } finally {
    await client.close();
    await other.close();
  }
  expect(seen.length).toBeGreaterThanOrEqual(2);
  expect(seen.filter((s) => s.sent !== null || s.answered !== null)).toEqual([]);
  expect(seen.filter((s) => s.version === '2026-07-28').length).toBeGreaterThanOrEqual(2);
});
