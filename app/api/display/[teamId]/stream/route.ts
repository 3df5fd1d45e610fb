import { displayStream } from '@/server/display/stream';
import { route } from '@/server/http/handler';
import { eventStreamResponse } from '@/server/waiting/sse';

export const dynamic = 'force-dynamic';

/** The wall display's live feed: the clinic's waiting area with initials only, for staff or a display link. */
export const GET = route<{ teamId: string }>('display-stream', async ({ request, params }) =>
  eventStreamResponse(await displayStream(params.teamId, request.headers.get('last-event-id'), request.signal)),
);
