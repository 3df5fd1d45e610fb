import 'server-only';
import { dashboardSettings } from '@/lib/settings/schema';
import { env } from '../env';
import { getTeamSettings } from '../settings/store';
import { escalationConfigured } from './escalation';
import { readTeamCallers, remergeTriage } from './read-callers';
import { recordPoll } from './record-poll';
import { type PollerDeps, TeamPoller } from './team-poller';

/** All of this process's pollers, one per team. */
export class PollerHub {
  private readonly pollers = new Map<string, TeamPoller>();

  constructor(private readonly deps: PollerDeps) {}

  poller(teamId: string): TeamPoller {
    let poller = this.pollers.get(teamId);
    if (!poller) {
      poller = new TeamPoller(teamId, this.deps);
      this.pollers.set(teamId, poller);
      poller.start();
    }
    return poller;
  }

  startAll(teamIds: string[]): void {
    for (const id of teamIds) this.poller(id);
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
    holder.waitboardHub = new PollerHub({
      // The one place a poll happens: read Coviu and our triage layer, then record what it showed.
      load: async (teamId, signal) => recordPoll(teamId, await readTeamCallers(teamId, signal)),
      reload: async (_teamId, callers) => remergeTriage(callers),
      activeIntervalMs: e.POLL_ACTIVE_MS,
      idleIntervalMs: e.POLL_IDLE_MS,
      settings: async (teamId) => {
        const s = await getTeamSettings(teamId);
        return {
          dashboard: dashboardSettings(s),
          activeIntervalMs: s.pollActiveSeconds * 1000,
          idleIntervalMs: s.pollIdleSeconds * 1000,
        };
      },
      // An escalation can only be timely if someone is looking at the clock.
      armed: (teamId, callers) =>
        escalationConfigured(teamId) && callers.some((c) => c.status === 'waiting' || c.status === 'on-hold'),
    });
  }
  return holder.waitboardHub;
}
