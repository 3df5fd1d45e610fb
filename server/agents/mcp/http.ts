import 'server-only';
import {
  createMcpHandler,
  hostHeaderValidationResponse,
  localhostAllowedHostnames,
} from '@modelcontextprotocol/server';
import { AGENT_SCOPES } from '@/lib/agents/scopes';
import { env, publicUrl } from '../../env';
import { errorResponse, HttpError, toErrorResponse } from '../../errors';
import { MAX_BODY_BYTES, readLimitedText } from '../../http/request-limits';
import { log } from '../../log';
import { agentFromBearer, bearerOf, type AgentPrincipal } from '../principal';
import { agentServer } from './server';
import { noteUnlistedCalls } from './unlisted-calls';

export const MCP_PATH = '/api/mcp';
export const METADATA_PATH = `/.well-known/oauth-protected-resource${MCP_PATH}`;

/** RFC 9728: where a client learns how to get a token; an authorisation server can be added here later. */
export function protectedResourceMetadata() {
  return {
    resource: publicUrl(MCP_PATH),
    resource_name: 'Waitboard',
    bearer_methods_supported: ['header'],
    scopes_supported: [...AGENT_SCOPES],
    resource_documentation: publicUrl('/agent-access'),
  };
}

/** The names /api/mcp answers to: DNS rebinding cannot point a browser's localhost at it. */
function allowedHosts(): string[] {
  const e = env();
  const extra = (e.MCP_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return [...localhostAllowedHostnames(), new URL(publicUrl('/')).hostname, ...extra];
}

/**
 * 401 with the challenge that leads a client to the metadata. RFC 6750 §3.1: a request that brought
 * no token at all gets no error code (a client may take "invalid_token" as "drop the one you have").
 */
export function unauthorised(message: string, presented = true): Response {
  const response = errorResponse(401, 'invalid_token', message);
  const metadata = `resource_metadata="${publicUrl(METADATA_PATH)}"`;
  response.headers.set('WWW-Authenticate', `Bearer ${presented ? `error="invalid_token", ` : ''}${metadata}`);
  return response;
}

const NO_TOKEN =
  'Send a Waitboard agent token as "Authorization: Bearer …". Make one under Agent access; a revoked or expired token, or one whose owner was disabled, no longer works.';

/** Who the request acts as, or the answer that refuses it. */
export async function authenticate(request: Request): Promise<AgentPrincipal | Response> {
  const badHost = hostHeaderValidationResponse(request, allowedHosts());
  if (badHost) return badHost;
  const bearer = bearerOf(request.headers);
  const principal = await agentFromBearer(bearer);
  return principal ?? unauthorised(NO_TOKEN, bearer !== null);
}

/**
 * One handler for both protocol eras: 2026-07-28 requests and the 2025 protocols (served
 * statelessly, a fresh server per request), so any instance behind a balancer can answer.
 */
const handler = createMcpHandler(
  ({ authInfo, requestInfo, era }) => {
    const principal = authInfo?.extra?.principal as AgentPrincipal | undefined;
    if (!principal || !requestInfo) throw new Error('MCP request without a principal');
    return agentServer(principal, requestInfo, era);
  },
  {
    legacy: 'stateless',
    // By name only: an SDK message can quote a request, and a request can hold a patient's details.
    onerror: (error) => log.warn('mcp request refused', { name: error.name }),
  },
);

/** Whatever goes wrong is the one error envelope, never a bare 500 from Next. */
export async function serveMcp(request: Request): Promise<Response> {
  try {
    return await answer(request);
  } catch (error) {
    return toErrorResponse(error, 'mcp');
  }
}

async function answer(request: Request): Promise<Response> {
  const principal = await authenticate(request);
  if (principal instanceof Response) return principal;
  const authInfo = {
    token: principal.tokenId,
    clientId: principal.tokenName,
    scopes: [...principal.scopes],
    expiresAt: Math.floor(principal.expiresAt.getTime() / 1000),
    extra: { principal },
  };
  let parsedBody: unknown;
  try {
    parsedBody = JSON.parse(await readLimitedText(request.clone(), MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof HttpError) return toErrorResponse(error, 'mcp');
    parsedBody = undefined; // not JSON: the SDK answers with JSON-RPC's parse error
  }
  if (parsedBody !== undefined) await noteUnlistedCalls(principal, request, parsedBody);
  const response = await handler.fetch(request, { authInfo, ...(parsedBody === undefined ? {} : { parsedBody }) });
  response.headers.set('cache-control', 'no-store');
  return response;
}
