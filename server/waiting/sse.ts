import 'server-only';
import {
  encodeStreamEvent,
  SIGNED_OUT,
  type StreamMessage,
  type WaitingStreamEvent,
  type WaitingStreamEvents,
} from '@/lib/waiting/stream';
import { formatEventId, parseEventId } from '@/lib/waiting/event-id';
import type { DashboardCaller, WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';
import { type StreamKind, viewerJoined } from '../metrics/hooks';
import type { TeamChannel } from './team-channel';

const HEARTBEAT_MS = 15_000;
/** Queued messages a slow client may fall behind by before it is dropped (it reconnects to a snapshot). */
const MAX_BACKLOG = 256;

export interface SseOptions {
  /** Which screen is watching, for the viewer count in /metrics. */
  kind: StreamKind;
  lastEventId: string | null;
  signal: AbortSignal;
  stillSignedIn: () => Promise<boolean>;
  /** Hands over a check to run at once when access changes on any instance; returns its stop. */
  recheck?: (run: () => void) => () => void;
  heartbeatMs?: number;
  /** Applied to every caller sent (the wall display sends initials and no triage details). */
  redact?: (caller: DashboardCaller) => DashboardCaller;
}

/**
 * A Server-Sent Events stream of one team's waiting area: a snapshot (or, resuming with
 * Last-Event-ID, only the changes missed), then changes and status as they happen, with
 * heartbeats. Ends when the client goes, falls too far behind, or its session ends.
 */
export function waitingEventStream(poller: TeamChannel, options: SseOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => undefined as void;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        const send = <K extends WaitingStreamEvent>(event: K, data: WaitingStreamEvents[K], seq?: number) => {
          if (!open) return;
          if ((controller.desiredSize ?? 0) < -MAX_BACKLOG) return close();
          const id = seq === undefined ? undefined : formatEventId(poller.epoch, seq);
          controller.enqueue(encoder.encode(encodeStreamEvent(event, data, id)));
        };
        const redact = options.redact;
        const change = (c: WaitingChange): WaitingChange => (redact ? { ...c, caller: redact(c.caller) } : c);
        const snap = (s: WaitingSnapshot): WaitingSnapshot => (redact ? { ...s, callers: s.callers.map(redact) } : s);
        const forward = (message: StreamMessage) => {
          if (message.type === 'change') send('change', change(message.change), message.change.seq);
          else if (message.type === 'snapshot') send('snapshot', snap(message.snapshot), message.snapshot.seq);
          else if (message.type === 'settings') send('settings', message.settings);
          else if (message.type === 'estimate') send('estimate', message.basis);
          else send('status', message);
        };

        controller.enqueue(encoder.encode('retry: 3000\n\n'));
        const since = parseEventId(options.lastEventId);
        const missed = since ? poller.changesSince(since.epoch, since.seq) : null;
        if (missed) for (const c of missed) send('change', change(c), c.seq);
        else {
          const snapshot = poller.snapshot();
          send('snapshot', snap(snapshot), snapshot.seq);
        }
        const unsubscribe = poller.subscribe(forward);
        const left = viewerJoined(options.kind, poller.teamId);
        // A check that could not read the database leaves the stream be: the next heartbeat asks again.
        const check = () =>
          void options.stillSignedIn().then(
            (ok) => {
              if (!ok) {
                send('end', SIGNED_OUT);
                close();
              }
            },
            () => undefined,
          );
        const heartbeat = setInterval(() => {
          if (!open) return;
          controller.enqueue(encoder.encode(`: heartbeat ${Date.now()}\n\n`));
          check();
        }, options.heartbeatMs ?? HEARTBEAT_MS);
        const stopRecheck = options.recheck?.(() => open && check());
        cleanup = () => {
          unsubscribe();
          left();
          clearInterval(heartbeat);
          stopRecheck?.();
        };
        options.signal.addEventListener('abort', close);
      },
      cancel() {
        cleanup();
      },
    },
    { highWaterMark: 16 },
  );
}

/** An event stream as the browser's EventSource wants it, unbuffered by proxies. */
export function eventStreamResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  });
}
