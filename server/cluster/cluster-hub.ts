import 'server-only';
import type { Pool, PoolConfig } from 'pg';
import { database, type Db } from '../db';
import { log } from '../log';
import { metrics } from '../metrics/registry';
import { forgetTeamSettings } from '../settings/store';
import type { PollerDeps } from '../waiting/poller-deps';
import { onResync, onSignal } from './bus';
import { ClusterTeam, WATCHING_EVERY_MS } from './cluster-team';
import { readCallers, readHead, takeOver } from './feed-store';
import { Ownership } from './ownership';

/** How often the list of teams is read again, so a clinic added on another instance is polled here too. */
const TEAMS_EVERY_MS = 30_000;

export interface ClusterOptions {
  instanceId: string;
  leaseMs: number;
  listTeams(): Promise<string[]>;
}

/**
 * This instance's part of the cluster: a feed for every team, the pollers of the teams it owns,
 * and the handlers that turn signals from any instance into work here.
 */
export class ClusterHub {
  private readonly teams = new Map<string, ClusterTeam>();
  private ownership: Ownership | null = null;
  private readonly offs: (() => void)[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private watching: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly deps: PollerDeps,
    private readonly options: ClusterOptions,
  ) {
    this.listen();
    void this.begin().catch((error: unknown) =>
      log.error('cluster start failed', { name: (error as Error)?.name, message: (error as Error)?.message }),
    );
  }

  private db = async (): Promise<Db> => (await database()).db;

  team(teamId: string): ClusterTeam {
    let team = this.teams.get(teamId);
    if (!team) {
      team = new ClusterTeam(teamId, this.db, this.deps.activeIntervalMs);
      this.teams.set(teamId, team);
      this.ownership?.want(this.teams.keys());
    }
    return team;
  }

  get(teamId: string): ClusterTeam | undefined {
    return this.teams.get(teamId);
  }

  /** The teams this instance polls now. */
  owned(): string[] {
    return this.ownership?.teams ?? [];
  }

  all(): ClusterTeam[] {
    return [...this.teams.values()];
  }

  private async begin(): Promise<void> {
    const d = await database();
    const pool = (d.db as unknown as { $client: Pool & { options: PoolConfig } }).$client;
    this.ownership = new Ownership({
      connection: pool.options,
      leaseMs: this.options.leaseMs,
      gained: (teamId) => this.gained(teamId),
      lost: (teamId) => this.teams.get(teamId)?.resign(),
    });
    this.ownership.want(this.teams.keys());
    this.ownership.start();
    const refreshTeams = async () => {
      for (const id of await this.options.listTeams()) this.team(id);
    };
    this.timer = setInterval(() => void refreshTeams().catch(() => undefined), TEAMS_EVERY_MS);
    this.timer.unref?.();
    // While anyone here watches a team, its owner (wherever it runs) polls at the active rate.
    this.watching = setInterval(() => {
      for (const team of this.all()) if (team.watchers > 0) team.watching(false);
    }, WATCHING_EVERY_MS);
    this.watching.unref?.();
  }

  private async gained(teamId: string): Promise<void> {
    const db = await this.db();
    const team = this.team(teamId);
    const epoch = await takeOver(db, teamId, this.options.instanceId);
    // Read after the epoch rose: nothing the previous owner publishes from now on is accepted.
    const head = await readHead(db, teamId);
    const start = {
      callers: await readCallers(db, teamId),
      seq: head?.seq ?? 0,
      fetchedAt: head?.status?.fetchedAt ?? null,
      settings: head?.settings ?? null,
    };
    team.becomeOwner(db, epoch, this.deps, start, (error) => {
      log.warn('gave up polling a team', { team: teamId, epoch, name: (error as Error)?.name });
      void this.ownership?.release(teamId);
    });
    if (epoch > 1) metrics().takeovers.inc({ team: teamId });
    log.info('polling a team', { team: teamId, epoch });
  }

  /** Signals from every instance (this one included) become work on this one. */
  private listen(): void {
    const owner = (teamId: string) => this.teams.get(teamId)?.poller;
    this.offs.push(
      onSignal('feed', (s) => {
        metrics().notifyLag.observe(Math.max(0, Date.now() - s.at) / 1000);
        void this.teams.get(s.teamId)?.feed.catchUp();
      }),
      onSignal('poll-now', (s) => void owner(s.teamId)?.refresh()),
      onSignal('triage', (s) => void owner(s.teamId)?.triageChanged()),
      onSignal('watching', (s) => owner(s.teamId)?.touch()),
      onSignal('settings', (s) => {
        for (const team of s.teamId ? [this.teams.get(s.teamId)] : this.all()) {
          if (!team) continue;
          forgetTeamSettings(team.teamId);
          void team.poller?.settingsChanged();
        }
      }),
      onResync(() => {
        for (const team of this.all()) void team.feed.resync();
      }),
    );
  }

  async stop(): Promise<void> {
    for (const off of this.offs) off();
    if (this.timer) clearInterval(this.timer);
    if (this.watching) clearInterval(this.watching);
    await this.ownership?.stop();
    for (const team of this.all()) team.stop();
    this.teams.clear();
  }
}
