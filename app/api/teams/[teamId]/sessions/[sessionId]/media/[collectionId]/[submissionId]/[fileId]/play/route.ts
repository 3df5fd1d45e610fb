import { NextResponse } from 'next/server';
import { staffRoute } from '@/server/http/handler';
import { recordPlayback } from '@/server/sessions/media';

export const dynamic = 'force-dynamic';

type Params = { teamId: string; sessionId: string; collectionId: string; submissionId: string; fileId: string };

/** The page's player started playing this recording: audit it (ids only, nothing about the patient). */
export const POST = staffRoute<Params>('session-media-play', async ({ params, audit }) => {
  const { teamId, ...ids } = params;
  await recordPlayback(audit, teamId, ids);
  return NextResponse.json({ recorded: true });
});
