import 'server-only';
import type { WaitingChange, WaitingSnapshot } from '@/lib/waiting/types';
import type { Db } from '../db';
import type { Listener } from '../waiting/subscribers';
import type { TeamChannel } from '../waiting/team-channel';
import { TeamPoller } from '../waiting/team-poller';
import type { PollerDeps, PollerStart } from '../waiting/poller-deps';
import { signal } from './bus';
import { Publisher } from './publisher';
import { TeamFeed } from './team-feed';

/** How often an instance with viewers tells the owner so (the owner counts it as watching for two active intervals). */
export const WATCHING_EVERY_MS = 1_000;
/** How long a request that asked for a poll waits for it to be published. */
const REFRESH_WAIT_MS = 10_000;
/** How long a staff action waits for its re-merge to come back (a lost one is repaired by the next poll). */
const TRIAGE_WAIT_MS = 2_000;

async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/**
 * A team on one instance of a cluster: every instance serves its streams from the shared feed;
 * the one that owns the team (server/cluster/ownership.ts) also runs its poller, which publishes
 * into the feed instead of broadcasting. Requests that would poke the poller (a webhook, a staff
 * action, a settings change, someone watching) are signals, so they reach the owner wherever it runs.
 */
export class ClusterTeam implements TeamChannel {
  readonly feed: TeamFeed;
  private owner: { poller: TeamPoller; publisher: Publisher } | null = null;
  private lastWatching = 0;

  constructor(
    readonly teamId: string,
    private readonly db: () => Promise<Db>,
    private readonly activeIntervalMs: number,
  ) {
    this.feed = new TeamFeed(teamId, db);
  }

  get ready(): Promise<void> {
    return this.feed.ready;
  }

  get poller(): TeamPoller | null {
    return this.owner?.poller ?? null;
  }

  get epoch(): number {
    return this.feed.epoch;
  }

  get dataAgeMs(): number | null {
    const at = this.feed.fetchedAt;
    return at ? Date.now() - Date.parse(at) : null;
  }

  get intervalMs(): number {
    return this.owner?.poller.intervalMs ?? this.feed.intervalMs ?? this.activeIntervalMs;
  }

  get watchers(): number {
    return this.feed.watchers;
  }

  snapshot(): WaitingSnapshot {
    return this.feed.snapshot();
  }

  changesSince(_epoch: number, seq: number): WaitingChange[] | null {
    return this.feed.changesSince(seq);
  }

  subscribe(listener: Listener): () => void {
    const remove = this.feed.subscribe(listener);
    this.watching(true);
    return remove;
  }

  touch(): void {
    this.watching(false);
  }

  /** Tells the owner someone here watches: at once for a new viewer, else at most once a second. */
  watching(now: boolean): void {
    if (!now && Date.now() - this.lastWatching < WATCHING_EVERY_MS) return;
    this.lastWatching = Date.now();
    void signal({ kind: 'watching', teamId: this.teamId });
  }

  async refresh(): Promise<void> {
    // Answered once the owner has published a poll (or a failure) that started after this request.
    const asked = Date.now();
    await signal({ kind: 'poll-now', teamId: this.teamId });
    await until(() => Date.parse(this.feed.fetchedAt ?? '') >= asked || this.feed.erredSince(asked), REFRESH_WAIT_MS);
  }

  /** Resolves once the owner's re-merge is back here, so the request answers with what every screen shows. */
  async triageChanged(): Promise<void> {
    const asked = Date.now();
    await signal({ kind: 'triage', teamId: this.teamId });
    await until(() => this.feed.heardSince(asked), TRIAGE_WAIT_MS);
  }

  /** Nothing to do: saving the settings signalled every instance, the owner included (server/settings/store.ts). */
  async settingsChanged(): Promise<void> {}

  /** This instance now polls the team, from what was last published, under `epoch`. */
  becomeOwner(db: Db, epoch: number, deps: PollerDeps, start: PollerStart, failed: (error: unknown) => void): void {
    this.resign();
    const publisher = new Publisher(db, this.teamId, epoch, failed);
    const load: PollerDeps['load'] = (teamId, signal) => deps.load(teamId, signal, epoch);
    const poller = new TeamPoller(this.teamId, { ...deps, load, epoch, sink: publisher.accept }, start);
    this.owner = { poller, publisher };
    poller.start();
  }

  /** Stops polling (the lock is gone, or another instance took over). The feed goes on. */
  resign(): void {
    this.owner?.poller.stop();
    this.owner = null;
  }

  stop(): void {
    this.resign();
    this.feed.stop();
  }
}
