import 'server-only';
import { errorResponse, HttpError } from '../errors';
import { streamMedia } from '../sessions/media';
import { authenticate } from './mcp/http';
import { agentAudit, agentClinic, takeCall } from './principal';
import type { RecordingIds } from './recording-url';

/**
 * A recording that list_recordings linked to, for the same agent token as a bearer: the token
 * needs `read` and the clinic, each request counts against its rate, and it streams from Coviu
 * with Range passed through (200, 206, 416), the download audited "via agent token NAME".
 */
export async function serveRecording(request: Request, params: RecordingIds): Promise<Response> {
  const principal = await authenticate(request);
  if (principal instanceof Response) return principal;
  if (!principal.scopes.has('read'))
    throw new HttpError(
      403,
      'insufficient_scope',
      'This agent token does not have the read scope, which downloading a recording needs.',
    );
  const { teamId, ...ids } = params;
  agentClinic(principal, teamId);
  const allowance = await takeCall(principal.tokenId);
  if (!allowance.allowed) {
    const response = errorResponse(
      429,
      'rate_limited',
      `Too many calls from this agent token. Try again in ${allowance.retryAfterSeconds} seconds.`,
    );
    response.headers.set('Retry-After', String(allowance.retryAfterSeconds));
    return response;
  }
  return streamMedia(agentAudit(principal, request.headers), teamId, ids, request, true);
}
