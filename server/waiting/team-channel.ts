import 'server-only';
import type { WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';
import type { Listener } from './subscribers';

/**
 * One team's live waiting area as the routes see it: on the embedded database the team's own
 * poller (team-poller.ts); on PostgreSQL the cluster's shared feed, polled by whichever instance
 * owns the team (server/cluster/cluster-team.ts).
 */
export interface TeamChannel {
  readonly teamId: string;
  /** The epoch the ids of this channel's events carry (lib/waiting/event-id.ts). */
  readonly epoch: number;
  readonly dataAgeMs: number | null;
  readonly intervalMs: number;
  readonly watchers: number;
  /** Resolves once the channel has something to show (the cluster's feed read from the database). */
  readonly ready?: Promise<void>;
  snapshot(): WaitingSnapshot;
  /** The changes after `epoch.seq`, or null when they cannot be replayed (send a snapshot instead). */
  changesSince(epoch: number, seq: number): WaitingChange[] | null;
  subscribe(listener: Listener): () => void;
  /** A JSON read (the browser's fallback when its stream fails) counts as watching for a while. */
  touch(): void;
  /** Poll now (a webhook said something changed); resolves once the poll has answered. */
  refresh(): Promise<void>;
  /** After a staff action: re-merge triage and tell everyone, without asking Coviu again. */
  triageChanged(): Promise<void>;
  /** A manager changed the clinic's settings: every open screen gets them, and the cadence follows. */
  settingsChanged(): Promise<void>;
  stop(): void;
}

/** Where a team's live channel comes from: this process's own poller, or the cluster's feed. */
export interface ChannelSource {
  /** The team's channel, started. */
  create(teamId: string): TeamChannel;
  /** Of the teams with a channel here, those this process polls (/metrics). */
  polled(teamIds: string[]): string[];
}
