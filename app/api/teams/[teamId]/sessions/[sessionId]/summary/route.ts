import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { sessionSummary } from '@/server/sessions/summary';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string; sessionId: string }>('session-summary', async ({ params }) =>
  NextResponse.json(await sessionSummary(params.teamId, params.sessionId)),
);
