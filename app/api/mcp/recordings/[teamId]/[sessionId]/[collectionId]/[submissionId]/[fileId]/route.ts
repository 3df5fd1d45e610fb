import { serveRecording } from '@/server/agents/recording-link';
import { route } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

type Params = { teamId: string; sessionId: string; collectionId: string; submissionId: string; fileId: string };

/**
 * A recording for an assistant's client, with the agent token as a bearer (never a cookie): the
 * link list_recordings gives. The wrapper only checks the ids and words refusals; the token is
 * checked in serveRecording.
 */
export const GET = route<Params>('mcp-recording', ({ request, params }) => serveRecording(request, params));
