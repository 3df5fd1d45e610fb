import type { DashboardSettings } from '../settings/schema';
import type { WaitingChange, WaitingSnapshot } from './types';

export interface StatusEvent {
  fetchedAt: string | null;
  error: string | null;
  intervalMs: number;
  serverTime: string;
}

export interface WaitingStreamHandlers {
  snapshot(snapshot: WaitingSnapshot): void;
  change(change: WaitingChange): void;
  settings(settings: DashboardSettings): void;
  status(status: StatusEvent): void;
  end(): void;
}

/** The events of a waiting-area stream (server/waiting/sse.ts), parsed, for the dashboard and the wall display alike. */
export function listenToWaitingStream(source: EventSource, on: WaitingStreamHandlers): void {
  const json = <T>(e: Event) => JSON.parse((e as MessageEvent<string>).data) as T;
  source.addEventListener('snapshot', (e) => on.snapshot(json<WaitingSnapshot>(e)));
  source.addEventListener('change', (e) => on.change(json<WaitingChange>(e)));
  source.addEventListener('settings', (e) => on.settings(json<DashboardSettings>(e)));
  source.addEventListener('status', (e) => on.status(json<StatusEvent>(e)));
  source.addEventListener('end', () => on.end());
}
