import type { DashboardSettings } from '../settings/schema';
import type { WaitingChange, WaitingSnapshot } from './types';
import type { WaitBasis } from './wait-basis';

// The live waiting-area stream, defined once: server/waiting/sse.ts writes it from a team's
// poller, and the browser's listener (components/live) reads it, for the dashboard and the wall
// display alike.

/** How fresh the data is; sent after every poll, good or failed. */
export interface StreamStatus {
  fetchedAt: string | null;
  error: string | null;
  intervalMs: number;
  serverTime: string;
}

/** The server closes the stream: the person signed out, or the display link was revoked. */
export interface StreamEnd {
  reason: 'signed-out';
}

/**
 * Each Server-Sent Event's name and the JSON in its `data`. Snapshots and changes carry an `id:`
 * (`epoch.seq`, lib/waiting/event-id.ts), so a browser resumes with Last-Event-ID on any instance.
 */
export interface WaitingStreamEvents {
  snapshot: WaitingSnapshot;
  change: WaitingChange;
  settings: DashboardSettings;
  /** The clinic's expected-wait basis, re-read every few minutes or when a call settles. */
  estimate: WaitBasis;
  status: StreamStatus;
  end: StreamEnd;
}

export type WaitingStreamEvent = keyof WaitingStreamEvents;

export const WAITING_STREAM_EVENTS = [
  'snapshot',
  'change',
  'settings',
  'estimate',
  'status',
  'end',
] as const satisfies readonly WaitingStreamEvent[];

/** What a team's poller hands its subscribers; each becomes the stream event of the same name. */
export type StreamMessage =
  | { type: 'snapshot'; snapshot: WaitingSnapshot }
  | { type: 'change'; change: WaitingChange }
  | { type: 'settings'; settings: DashboardSettings }
  | { type: 'estimate'; basis: WaitBasis }
  | ({ type: 'status' } & StreamStatus);

export const SIGNED_OUT: StreamEnd = { reason: 'signed-out' };

/** One event in the text/event-stream format. */
export function encodeStreamEvent<K extends WaitingStreamEvent>(
  event: K,
  data: WaitingStreamEvents[K],
  id?: string,
): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
