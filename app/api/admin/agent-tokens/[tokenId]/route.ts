import { revokeAgentToken } from '@/server/agents/tokens';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

/** An administrator revokes anyone's token. */
export const DELETE = staffRoute<{ tokenId: string }>('admin-agent-token-revoke', async ({ params, staff, audit }) => {
  await revokeAgentToken(audit, staff, params.tokenId, true);
  return new Response(null, { status: 204 });
});
