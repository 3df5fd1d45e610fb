import { protectedResourceMetadata } from '@/server/agents/mcp/http';

export const dynamic = 'force-dynamic';

/** Some clients look at the origin's metadata before the path-specific one (RFC 9728 §3.1). */
export const GET = () => Response.json(protectedResourceMetadata(), { headers: { 'cache-control': 'max-age=3600' } });
