import 'server-only';
import type { DashboardSettings } from '@/lib/settings/schema';
import type { DashboardCaller } from '@/lib/waiting/types';
import type { StreamMessage } from '@/lib/waiting/stream';
import type { WaitBasis } from '@/lib/waiting/wait-basis';

/** What a team's poller needs from the rest of Waitboard; tests hand it fakes. */
export interface PollerDeps {
  /**
   * Reads Coviu and merges our triage layer; throws CoviuError on failure. `epoch` is the cluster
   * owner's: its side effects (escalations) are fenced by it.
   */
  load(teamId: string, signal: AbortSignal, epoch?: number): Promise<DashboardCaller[]>;
  /** Re-reads our triage layer for callers already on screen (after a staff action). */
  reload(teamId: string, callers: DashboardCaller[]): Promise<DashboardCaller[]>;
  activeIntervalMs: number;
  idleIntervalMs: number;
  /** The clinic's current settings (thresholds, cadence…), read before each poll; changes go out live. */
  settings?(teamId: string): Promise<TeamPollSettings>;
  /** True when something needs fresh data even with nobody watching (an alert is armed). */
  armed?(teamId: string, callers: DashboardCaller[]): boolean;
  /**
   * The clinic's expected-wait basis, cached by its reader: `latest` for a snapshot; `refresh`
   * after each poll reads it again when due and hands a newly read one to `send`. Never throws.
   */
  waitBasis?: {
    latest(teamId: string): WaitBasis | null;
    refresh(teamId: string, send: (basis: WaitBasis) => void): Promise<void>;
  };
  now?: () => number;
  /** This owner's epoch (server/cluster/ownership.ts), or this process's start on the embedded database. */
  epoch?: number;
  /** Receives every message too, without counting as a watcher: the cluster publisher. */
  sink?(message: StreamMessage): void;
}

/** A poller that takes over a team starts from what was last published. */
export interface PollerStart {
  callers: DashboardCaller[];
  seq: number;
  fetchedAt: string | null;
  settings: DashboardSettings | null;
}

export interface TeamPollSettings {
  dashboard: DashboardSettings;
  activeIntervalMs: number;
  idleIntervalMs: number;
}

const MAX_BACKOFF_MS = 60_000;

/** The wait before the next poll: the cadence, doubled after each failure (to a minute), or what Coviu asked. */
export function pollDelay(intervalMs: number, failures: number, retryAfterMs: number): number {
  if (failures === 0) return intervalMs;
  return Math.max(Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures - 1)), retryAfterMs);
}
