import { streamAccess } from '@/server/auth/stream-session';
import { route } from '@/server/http/handler';
import { requestedPoller } from '@/server/waiting/hub';
import { eventStreamResponse, waitingEventStream } from '@/server/waiting/sse';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('waiting-stream', async ({ request, params }) => {
  const stream = waitingEventStream(await requestedPoller(params.teamId), {
    kind: 'dashboard',
    lastEventId: request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId'),
    signal: request.signal,
    ...(await streamAccess(params.teamId)),
  });
  return eventStreamResponse(stream);
});
