import { NextResponse } from 'next/server';
import { listAgentTokens } from '@/server/agents/tokens';
import { route } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

/** Every agent token of every person, for an administrator to review. */
export const GET = route('admin-agent-tokens', async () => NextResponse.json({ tokens: await listAgentTokens() }));
