import 'server-only';
import { eq } from 'drizzle-orm';
import { isCoviuTeamId } from '@/lib/staff/schemas';
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
import { type PollerDeps, TeamPoller } from './team-poller';

/** All of this process's pollers, one per team. */
export class PollerHub {
  private readonly pollers = new Map<string, TeamPoller>();

  constructor(
    private readonly deps: PollerDeps,
    /** Whether a team is set up in Waitboard (the database is the one list of teams). */
    private readonly teamExists: (teamId: string) => Promise<boolean>,
  ) {}

  /**
   * The poller of a team set up in Waitboard, or null for any other id, which starts nothing (a
   * poller, once started, runs for the life of the process).
   */
  async pollerOf(teamId: string): Promise<TeamPoller | null> {
    const running = this.pollers.get(teamId);
    if (running) return running;
    if (!isCoviuTeamId(teamId) || !(await this.teamExists(teamId))) return null;
    return this.poller(teamId);
  }

  /** The poller of a team the caller knows to be set up (started on first use). */
  poller(teamId: string): TeamPoller {
    let poller = this.pollers.get(teamId);
    if (!poller) {
      poller = new TeamPoller(teamId, this.deps);
      this.pollers.set(teamId, poller);
      poller.start();
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

  /** A poller already running, or undefined: for readers that must not start one (the audit log's names). */
  running(teamId: string): TeamPoller | undefined {
    return this.pollers.get(teamId);
  }

  /** The teams this process polls (/metrics). */
  teamIds(): string[] {
    return [...this.pollers.keys()];
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

const holder = globalThis as unknown as { waitboardHub?: PollerHub };

export function hub(): PollerHub {
  if (!holder.waitboardHub) {
    const e = env();
    holder.waitboardHub = new PollerHub(
      {
        // The one place a poll happens: read Coviu and our triage layer, then record what it showed.
        load: (teamId, signal) =>
          countedPoll(teamId, async () => recordPoll(teamId, await readTeamCallers(teamId, signal))),
        reload: async (_teamId, callers) => remergeTriage(callers),
        activeIntervalMs: e.POLL_ACTIVE_MS,
        idleIntervalMs: e.POLL_IDLE_MS,
        settings: teamPollSettings,
        waitBasis: waitBases,
        // An escalation can only be timely if someone is looking at the clock.
        armed: (teamId, callers) =>
          escalationConfigured(teamId) && callers.some((c) => c.status === 'waiting' || c.status === 'on-hold'),
      },
      async (teamId) => {
        const [row] = await (await db()).select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
        return row !== undefined;
      },
    );
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
export async function requestedPoller(teamId: string): Promise<TeamPoller> {
  const poller = await hub().pollerOf(teamId);
  if (!poller) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  return poller;
}
