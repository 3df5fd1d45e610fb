import { WAITING_STREAM_EVENTS, type WaitingStreamEvent, type WaitingStreamEvents } from '@/lib/waiting/stream';

export type WaitingStreamHandlers = { [K in WaitingStreamEvent]: (data: WaitingStreamEvents[K]) => void };

/** The events of a waiting-area stream, parsed, for the dashboard and the wall display alike. */
export function listenToWaitingStream(source: EventSource, on: WaitingStreamHandlers): void {
  for (const event of WAITING_STREAM_EVENTS) {
    const handle = on[event] as (data: unknown) => void;
    source.addEventListener(event, (e) => handle(JSON.parse((e as MessageEvent<string>).data)));
  }
}
