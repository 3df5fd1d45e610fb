import { revokeAgentToken } from '@/server/agents/tokens';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

/** Revokes one of the signed-in person's own tokens; it stops working on its next call. */
export const DELETE = staffRoute<{ tokenId: string }>('agent-token-revoke', async ({ params, staff, audit }) => {
  await revokeAgentToken(audit, staff, params.tokenId);
  return new Response(null, { status: 204 });
});
