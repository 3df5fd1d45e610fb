import { protectedResourceMetadata } from '@/server/agents/mcp/http';

export const dynamic = 'force-dynamic';

/** RFC 9728 metadata for /api/mcp: what a client needs to know to bring a token. */
export const GET = () => Response.json(protectedResourceMetadata(), { headers: { 'cache-control': 'max-age=3600' } });
