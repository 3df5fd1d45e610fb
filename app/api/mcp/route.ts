import { serveMcp } from '@/server/agents/mcp/http';

export const dynamic = 'force-dynamic';

/**
 * Waitboard as an MCP server (Streamable HTTP, stateless), for a staff member's AI assistant
 * holding one of their agent tokens. Bearer only: a browser's cookies are never read here.
 */
export const POST = (request: Request) => serveMcp(request);

/** Stateless: no server-sent stream to open and no session to end. */
const postOnly = () =>
  Response.json(
    { error: { code: 'method_not_allowed', message: 'The MCP endpoint takes POST requests only.' } },
    { status: 405, headers: { Allow: 'POST' } },
  );
export const GET = postOnly;
export const DELETE = postOnly;
export const PUT = postOnly;
export const PATCH = postOnly;
