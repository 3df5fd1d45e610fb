import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The header that carries the TCP peer's address to route handlers and next-auth.
 *
 * Why a header: Next (16) gives route handlers no socket and no `request.ip`. `next start` does
 * put the socket's address in X-Forwarded-For, but only when the request has none (`??=` in
 * base-server), so a client that sends its own header hides the real peer. Node announces every
 * request on the `http.server.request.start` diagnostics channel, synchronously and before the
 * server's `request` handler (Next) runs, so a subscriber can write the peer into a header of our
 * own. It overwrites whatever a client sent under that name, so the header cannot be forged.
 */
export const PEER_HEADER = 'x-waitboard-peer';

const state = globalThis as unknown as { waitboardPeerStamped?: boolean };

interface RequestStart {
  request: IncomingMessage;
  socket: Socket;
}

/** Called once at start-up (instrumentation.ts), before the first request is served. */
export function stampPeerAddresses(): void {
  if (state.waitboardPeerStamped) return;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as RequestStart;
    const peer = socket?.remoteAddress;
    if (peer) request.headers[PEER_HEADER] = peer;
    else delete request.headers[PEER_HEADER];
  });
  state.waitboardPeerStamped = true;
}

/**
 * Whether PEER_HEADER can be believed: only in a process where stampPeerAddresses ran (module
 * state is not shared between Next's bundles, globalThis is). Elsewhere anyone could have sent it.
 */
export function peerStamped(): boolean {
  return state.waitboardPeerStamped === true;
}
