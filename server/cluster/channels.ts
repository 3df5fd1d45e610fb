import 'server-only';
import { db } from '../db';
import { teams } from '../db/schema';
import { instanceId } from '../metrics/registry';
import type { PollerDeps } from '../waiting/poller-deps';
import type { ChannelSource } from '../waiting/team-channel';
import { ClusterHub } from './cluster-hub';

/**
 * How long a silent owner keeps its teams: one active poll interval (3–10 s), so a frozen owner is
 * replaced (lease, plus a quarter for the next try, plus the first poll) within two intervals. Not
 * less than 3 s: a busy machine can hold up a process's heartbeat that long without it being dead.
 */
export function leaseFor(activeIntervalMs: number): number {
  return Math.min(10_000, Math.max(3_000, activeIntervalMs));
}

/** The cluster's teams: this instance serves every team's feed and polls the teams it owns. */
export function clusterChannels(deps: PollerDeps): ChannelSource {
  const cluster = new ClusterHub(deps, {
    instanceId: instanceId(),
    leaseMs: leaseFor(deps.activeIntervalMs),
    listTeams: async () => (await (await db()).select({ id: teams.id }).from(teams)).map((t) => t.id),
  });
  return { create: (teamId) => cluster.team(teamId), polled: () => cluster.owned() };
}
