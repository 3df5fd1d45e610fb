import { cookies } from 'next/headers';
import { forDisplay } from '@/lib/waiting/display';
import { streamSessionChecker } from '@/server/auth/stream-session';
import { DISPLAY_COOKIE, displayViewer } from '@/server/display/access';
import { verifyDisplayToken } from '@/server/display/tokens';
import { HttpError } from '@/server/errors';
import { route } from '@/server/http/handler';
import { hub } from '@/server/waiting/hub';
import { eventStreamResponse, waitingEventStream } from '@/server/waiting/sse';

export const dynamic = 'force-dynamic';

/** The wall display's live feed: the clinic's waiting area with initials only, for staff or a display link. */
export const GET = route<{ teamId: string }>('display-stream', async ({ request, params }) => {
  const viewer = await displayViewer(params.teamId);
  if (viewer === 'forbidden') throw new HttpError(403, 'forbidden_team', 'You are not a member of this clinic.');
  if (!viewer) throw new HttpError(401, 'display_unauthorized', 'This display needs a display link from a manager, or a staff sign-in.');
  const token = (await cookies()).get(DISPLAY_COOKIE)?.value;
  // A revoked link ends the stream at its next heartbeat, as signing out ends a staff stream.
  const stillAllowed = viewer.kind === 'staff' ? await streamSessionChecker() : async () => (await verifyDisplayToken(token))?.teamId === params.teamId;
  const stream = waitingEventStream(hub().poller(params.teamId), {
    lastEventId: request.headers.get('last-event-id'),
    signal: request.signal,
    stillSignedIn: stillAllowed,
    redact: (caller) => forDisplay(caller, viewer.showNames),
  });
  return eventStreamResponse(stream);
});
