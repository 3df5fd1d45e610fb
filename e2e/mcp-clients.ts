import { request as playwrightRequest } from '@playwright/test';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { DEMO, signInRequest, type DemoRole } from './auth-helpers';

/**
 * How an assistant reaches /api/mcp, with the official SDK clients (no language model):
 * - `modern`: SDK 2.x pinned to protocol 2026-07-28 (stateless, per-request envelope);
 * - `legacy`: SDK 2.x speaking the 2025 handshake (2025-11-25), what its default still does;
 * - `v1`: SDK 1.x, the line most hosts ship today (2025-11-25, falls back to 2025-06-18).
 */
export type Era = 'modern' | 'legacy' | 'v1';
export const ERAS: Era[] = ['modern', 'legacy', 'v1'];

export interface AgentToken {
  token: string;
  id: string;
}

/** Signs in as a demo person and makes them an agent token through the Agent access API. */
export async function makeAgentToken(
  baseURL: string,
  role: DemoRole,
  body: { name?: string; scopes?: string[]; teamIds?: string[]; days?: number } = {},
): Promise<AgentToken> {
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    if ((await signInRequest(request, DEMO[role])) !== 200) throw new Error(`could not sign in as ${role}`);
    const response = await request.post('/api/me/agent-tokens', {
      data: { name: body.name ?? `e2e ${role}`, ...body },
      headers: { origin: baseURL },
    });
    if (response.status() !== 201) throw new Error(`token not made: ${response.status()} ${await response.text()}`);
    const json = (await response.json()) as { token: string; agentToken: { id: string } };
    return { token: json.token, id: json.agentToken.id };
  } finally {
    await request.dispose();
  }
}

/** The calls the tests make, the same whichever SDK line speaks them. */
export interface McpSession {
  era: Era;
  listTools(): Promise<{ name: string; annotations?: Record<string, unknown> }[]>;
  call(name: string, args?: Record<string, unknown>): Promise<ToolAnswer>;
  close(): Promise<void>;
}

export interface ToolAnswer {
  isError: boolean;
  text: string;
  structured: Record<string, unknown> | undefined;
  content: { type: string; uri?: string; text?: string; name?: string; mimeType?: string }[];
}

type AnyResult = { isError?: boolean; content?: unknown; structuredContent?: unknown };

function answerOf(result: AnyResult): ToolAnswer {
  const content = (result.content ?? []) as ToolAnswer['content'];
  return {
    isError: Boolean(result.isError),
    text: content.map((c) => c.text ?? '').join('\n'),
    structured: result.structuredContent as Record<string, unknown> | undefined,
    content,
  };
}

/**
 * Connects with the bearer token. `onElicit` answers the server's confirmation question, when
 * the client is one that can be asked (modern era only: stateless 2025 servers cannot ask).
 */
export async function connect(
  baseURL: string,
  token: string,
  era: Era,
  onElicit?: (message: string) => { action: 'accept' | 'decline'; content?: Record<string, boolean | string | number> },
): Promise<McpSession> {
  const url = new URL('/api/mcp', baseURL);
  const requestInit = { headers: { authorization: `Bearer ${token}` } };
  if (era === 'v1') {
    const client = new LegacyClient({ name: 'waitboard-e2e', version: '1.0.0' });
    await client.connect(new LegacyTransport(url, { requestInit }));
    return {
      era,
      listTools: async () => (await client.listTools()).tools,
      call: async (name, args = {}) => answerOf((await client.callTool({ name, arguments: args })) as AnyResult),
      close: () => client.close(),
    };
  }
  const client = new Client(
    { name: 'waitboard-e2e', version: '1.0.0' },
    {
      ...(era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
      capabilities: onElicit ? { elicitation: { form: {} } } : {},
    },
  );
  if (onElicit)
    client.setRequestHandler('elicitation/create', (request) => onElicit(String(request.params.message ?? '')));
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit }));
  return {
    era,
    listTools: async () => (await client.listTools()).tools,
    call: async (name, args = {}) => answerOf((await client.callTool({ name, arguments: args })) as AnyResult),
    close: () => client.close(),
  };
}
