import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { sessionMedia } from '@/server/sessions/media';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string; sessionId: string }>('session-media', async ({ params }) =>
  NextResponse.json({ media: await sessionMedia(params.teamId, params.sessionId) }),
);
