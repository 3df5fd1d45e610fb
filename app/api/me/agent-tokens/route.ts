import { NextResponse } from 'next/server';
import { agentTokenInput } from '@/lib/agents/scopes';
import { createAgentToken, listAgentTokens } from '@/server/agents/tokens';
import { readBody, staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

/** The signed-in person's agent tokens, with when each was last used; never their secrets. */
export const GET = staffRoute('agent-tokens', async ({ staff }) =>
  NextResponse.json({ tokens: await listAgentTokens(staff.id) }),
);

/** A new agent token for the signed-in person: the secret is in this answer only. */
export const POST = staffRoute('agent-token-create', async ({ request, staff, audit }) => {
  const input = await readBody(request, agentTokenInput);
  const { token, view } = await createAgentToken(audit, staff, input);
  return NextResponse.json({ token, agentToken: view }, { status: 201 });
});
