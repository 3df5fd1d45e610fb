import { route } from '@/server/http/handler';
import { streamMedia } from '@/server/sessions/media';

export const dynamic = 'force-dynamic';

type Params = { teamId: string; sessionId: string; collectionId: string; submissionId: string; fileId: string };

/** A recording, streamed from Coviu with Range passed through (206) and never held in memory. */
export const GET = route<Params>('session-media-file', async ({ request, params, audit }) => {
  const download = new URL(request.url).searchParams.get('download') === '1';
  const { teamId, ...ids } = params;
  return streamMedia(audit, teamId, ids, request, download);
});
