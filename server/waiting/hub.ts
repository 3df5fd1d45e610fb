import 'server-only';
import { eq } from 'drizzle-orm';
import { isCoviuTeamId } from '@/lib/staff/schemas';
import { clusterChannels } from '../cluster/channels';
import { ownerFence } from '../cluster/feed-store';
import { db } from '../db';
import { teams } from '../db/schema';
import { env } from '../env';
import { HttpError } from '../errors';
import { log } from '../log';
import { countedPoll } from '../metrics/hooks';
import { escalationConfigured } from './escalation';
import { readTeamCallers, remergeTriage } from './read-callers';
import { recordPoll } from './record-poll';
import { teamPollSettings } from './poll-settings';
import { waitBases } from './wait-basis';
import type { ChannelSource, TeamChannel } from './team-channel';
import { type PollerDeps, TeamPoller } from './team-poller';

/** On the embedded database one process polls every team itself. */
export function localChannels(deps: PollerDeps): ChannelSource {
  return {
    create(teamId) {
      const poller = new TeamPoller(teamId, deps);
      poller.start();
      return poller;
    },
    polled: (teamIds) => teamIds,
  };
}

/** Every team's live channel on this process, one per team. */
export class PollerHub {
  private readonly pollers = new Map<string, TeamChannel>();

  constructor(
    deps: PollerDeps,
    /** Whether a team is set up in Waitboard (the database is the one list of teams). */
    private readonly teamExists: (teamId: string) => Promise<boolean>,
    private readonly source: ChannelSource = localChannels(deps),
  ) {}

  /**
   * The channel of a team set up in Waitboard, or null for any other id, which starts nothing (a
   * channel, once started, runs for the life of the process).
   */
  async pollerOf(teamId: string): Promise<TeamChannel | null> {
    const running = this.pollers.get(teamId);
    if (!running && (!isCoviuTeamId(teamId) || !(await this.teamExists(teamId)))) return null;
    const channel = running ?? this.poller(teamId);
    await channel.ready;
    return channel;
  }

  /** The channel of a team the caller knows to be set up (started on first use). */
  poller(teamId: string): TeamChannel {
    let poller = this.pollers.get(teamId);
    if (!poller) {
      poller = this.source.create(teamId);
      this.pollers.set(teamId, poller);
    }
    return poller;
  }

  /** At start-up, every team in the database; an id that is no Coviu team id is left alone. */
  startAll(teamIds: string[]): void {
    const polled = teamIds.filter(isCoviuTeamId);
    for (const id of polled) this.poller(id);
    if (polled.length < teamIds.length)
      log.warn('teams not polled: their id is not a Coviu team id', { count: teamIds.length - polled.length });
  }

  /** A channel already running, or undefined: for readers that must not start one (the audit log's names). */
  running(teamId: string): TeamChannel | undefined {
    return this.pollers.get(teamId);
  }

  /** The teams this process polls (/metrics). */
  teamIds(): string[] {
    return this.source.polled([...this.pollers.keys()]);
  }

  /** For /api/health: how old each team's data is. */
  status() {
    return [...this.pollers.values()].map((p) => ({
      teamId: p.teamId,
      dataAgeMs: p.dataAgeMs,
      intervalMs: p.intervalMs,
      watchers: p.watchers,
      error: p.snapshot().error,
    }));
  }

  stopAll(): void {
    for (const p of this.pollers.values()) p.stop();
    this.pollers.clear();
  }
}

async function teamExists(teamId: string): Promise<boolean> {
  const [row] = await (await db()).select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  return row !== undefined;
}

const holder = globalThis as unknown as { waitboardHub?: PollerHub };

export function hub(): PollerHub {
  if (!holder.waitboardHub) {
    const e = env();
    const deps: PollerDeps = {
      // The one place a poll happens: read Coviu and our triage layer, then record what it showed.
      load: (teamId, signal, epoch) =>
        countedPoll(teamId, async () => {
          const read = await readTeamCallers(teamId, signal);
          return recordPoll(teamId, read, epoch === undefined ? undefined : ownerFence(teamId, epoch));
        }),
      reload: async (_teamId, callers) => remergeTriage(callers),
      activeIntervalMs: e.POLL_ACTIVE_MS,
      idleIntervalMs: e.POLL_IDLE_MS,
      settings: teamPollSettings,
      waitBasis: waitBases,
      // An escalation can only be timely if someone is looking at the clock.
      armed: (teamId, callers) =>
        escalationConfigured(teamId) && callers.some((c) => c.status === 'waiting' || c.status === 'on-hold'),
      // One process on the embedded database: its start names its events (a restart's ids are not resumed).
      epoch: Date.now(),
    };
    // On PostgreSQL several instances may run: one polls each team, all serve its feed (server/cluster).
    const source = e.DATABASE_URL ? clusterChannels(deps) : localChannels(deps);
    holder.waitboardHub = new PollerHub(deps, teamExists, source);
  }
  return holder.waitboardHub;
}

/** The hub if this process started one (the app does at boot; a unit test does not). */
export function runningHub(): PollerHub | undefined {
  return holder.waitboardHub;
}

/**
 * The poller of a team named in a request: 404 unless the team is set up. The 404 is thrown here,
 * in the caller's bundle, not by the hub: the hub on globalThis was built by instrumentation's
 * bundle, whose HttpError class the route wrapper's `instanceof` would not recognise.
 */
export async function requestedPoller(teamId: string): Promise<TeamChannel> {
  const poller = await hub().pollerOf(teamId);
  if (!poller) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  return poller;
}
