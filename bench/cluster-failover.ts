// Failover figures for bench/cluster.bench.ts: the owner of a team is killed, stopped, frozen or
// cut from the database, and the run times how soon another instance polls Coviu for the team and
// how soon a viewer on a surviving instance sees a caller added at that moment; then the owner
// comes back, and the run checks that one instance polls again and no stale event went out.
import { type Cluster, pollReads, sleep } from '../e2e/cluster-kit';
import type { AppInstance } from '../e2e/crash-instance';
import type { SandboxTeam } from '../e2e/sandbox-control';
import { changeOf, type SseClient, waitingStream } from '../e2e/sse-client';

export type Disruption = 'kill -9' | 'SIGTERM' | 'SIGSTOP' | 'database link reset' | 'database link blackholed';

export interface Trial {
  /** From the disruption to the first poll of the team by another instance (null: none in time). */
  poll: number | null;
  /** …to the first event about the new caller on a surviving instance's viewer. */
  event: number | null;
  /** Instances polling the team once the owner is back (1 when all is well). */
  pollersAfter: number;
  /** Whether every surviving viewer's event ids kept rising (`epoch.seq`): no stale publish. */
  ordered: boolean;
}

const WAIT_MS = 30_000;

function act(cluster: Cluster, owner: AppInstance, kind: Disruption): void {
  const relay = cluster.relays.get(owner.port);
  if (kind === 'kill -9') owner.crash();
  else if (kind === 'SIGTERM') void owner.stop();
  else if (kind === 'SIGSTOP') owner.freeze();
  else if (kind === 'database link reset') relay!.reset();
  else relay!.blackhole();
}

async function undo(cluster: Cluster, owner: AppInstance, kind: Disruption): Promise<void> {
  if (kind === 'SIGSTOP') owner.thaw();
  else if (kind.startsWith('database')) cluster.relays.get(owner.port)!.restore();
  else {
    while (owner.pid !== null) await sleep(50);
    await owner.start();
  }
}

function rising(viewer: SseClient): boolean {
  const ids = viewer.events.flatMap((e) => (e.id ? [e.id.split('.').map(Number)] : []));
  return ids.every(
    (id, k) => k === 0 || id[0]! > ids[k - 1]![0]! || (id[0] === ids[k - 1]![0] && id[1]! > ids[k - 1]![1]!),
  );
}

async function waitFor<T>(read: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await sleep(25);
  }
  return null;
}

export async function trial(
  cluster: Cluster,
  team: SandboxTeam,
  cookie: string,
  pollMs: number,
  kind: Disruption,
): Promise<Trial> {
  for (const i of cluster.instances) if (i.pid === null) await i.start();
  const owner = await cluster.owner(team.teamId);
  const survivors = cluster.instances.filter((i) => i !== owner);
  const viewers = await Promise.all(survivors.map((i) => waitingStream(i.url, team.teamId, { cookie }).ready()));
  await sleep(2 * pollMs);
  const ownerClient = (await pollReads(cluster.sandbox, team.teamId, Date.now() - 2 * pollMs)).at(-1)?.client;

  act(cluster, owner, kind);
  const from = Date.now();
  const { callId } = await cluster.sandbox.control.addCaller({
    teamId: team.teamId,
    waitingQueueId: team.waitingQueues[0]!.waitingQueueId,
    details: { name: 'Failover' },
  });
  const [polledAt, seenAt] = await Promise.all([
    waitFor(
      async () =>
        (await pollReads(cluster.sandbox, team.teamId, from)).find((r) => r.client !== ownerClient)?.at ?? null,
      WAIT_MS,
    ),
    waitFor(
      async () =>
        viewers
          .flatMap((v) => v.events.filter(changeOf(callId)))
          .map((e) => e.at)
          .sort()[0] ?? null,
      WAIT_MS,
    ),
  ]);
  await undo(cluster, owner, kind);
  await sleep(3 * pollMs);
  const back = Date.now();
  await sleep(5 * pollMs);
  const pollersAfter = new Set((await pollReads(cluster.sandbox, team.teamId, back)).map((r) => r.client)).size;
  const ordered = viewers.every(rising);
  await Promise.all(viewers.map((v) => v.close()));
  return {
    poll: polledAt === null ? null : polledAt - from,
    event: seenAt === null ? null : seenAt - from,
    pollersAfter,
    ordered,
  };
}
