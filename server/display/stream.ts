import 'server-only';
import { cookies } from 'next/headers';
import { forDisplay } from '@/lib/waiting/display';
import { recheckForDisplay } from '../auth/stream-recheck';
import { streamAccess } from '../auth/stream-session';
import { HttpError } from '../errors';
import { requestedPoller } from '../waiting/hub';
import { waitingEventStream } from '../waiting/sse';
import { DISPLAY_COOKIE, displayViewer } from './access';
import { verifyDisplayToken } from './tokens';

/**
 * The wall display's live feed: the clinic's waiting area with initials only (or names, if the
 * clinic chose that for the link), for the clinic's staff or a TV holding one of its display links.
 */
export async function displayStream(
  teamId: string,
  lastEventId: string | null,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const viewer = await displayViewer(teamId);
  if (viewer === 'forbidden') throw new HttpError(403, 'forbidden_team', 'You are not a member of this clinic.');
  if (!viewer)
    throw new HttpError(
      401,
      'display_unauthorized',
      'This display needs a display link from a manager, or a staff sign-in.',
    );
  const token = (await cookies()).get(DISPLAY_COOKIE)?.value;
  // A revoked link ends the stream at once on every instance, as signing out ends a staff stream
  // (and at the next heartbeat should that signal be lost).
  const access =
    viewer.kind === 'staff'
      ? await streamAccess(teamId)
      : {
          stillSignedIn: async () => (await verifyDisplayToken(token))?.teamId === teamId,
          recheck: recheckForDisplay(viewer.tokenId),
        };
  return waitingEventStream(await requestedPoller(teamId), {
    kind: 'display',
    lastEventId,
    signal,
    ...access,
    redact: (caller) => forDisplay(caller, viewer.showNames),
  });
}
