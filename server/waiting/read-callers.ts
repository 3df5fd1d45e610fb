import 'server-only';
import type { WaitingCall } from '@/lib/waiting/call';
import { EMPTY_TRIAGE, type DashboardCaller, type Triage } from '@/lib/waiting/types';
import { coviu } from '../coviu';
import { type KnownCalls, type Lineage, traceLineage } from './lifecycle';
import { loadTriage } from './triage-store';

/** One read of a team's waiting area: Coviu's calls, what we knew of them, and the callers as shown. */
export interface TeamRead {
  calls: WaitingCall[];
  lineage: Map<string, Lineage>;
  known: KnownCalls;
  callers: DashboardCaller[];
}

function endedAt(c: WaitingCall): string | null {
  return c.transferredAt ?? c.leftQueueAt ?? c.finishedAt ?? null;
}

export function toDashboardCaller(
  c: WaitingCall,
  lineage: Lineage | undefined,
  triage: Triage | undefined,
): DashboardCaller {
  return {
    callId: c.id,
    rootCallId: lineage?.rootCallId ?? c.id,
    teamId: c.teamId,
    queueId: c.queueId,
    status: c.status,
    callType: c.callType,
    name: c.patient.name,
    joinedAt: c.joinedAt,
    arrivedAt: lineage?.arrivedAt ?? c.joinedAt,
    answeredAt: c.answeredAt ?? c.startedAt,
    onHoldAt: c.onHoldAt,
    endedAt: endedAt(c),
    triage: triage ?? EMPTY_TRIAGE,
  };
}

/** Coviu's calls merged with our triage layer, each traced back to its first arrival. Writes nothing. */
export async function readTeamCallers(teamId: string, signal: AbortSignal): Promise<TeamRead> {
  const calls = await coviu().waiting.calls(teamId, signal);
  const { lineage, known } = await traceLineage(calls);
  const triage = await loadTriage([...new Set([...lineage.values()].map((l) => l.rootCallId))]);
  const callers = calls.map((c) =>
    toDashboardCaller(c, lineage.get(c.id), triage.get(lineage.get(c.id)?.rootCallId ?? c.id)),
  );
  return { calls, lineage, known, callers };
}

/** The same callers with our triage layer read again (after a staff action or a confirmed join). */
export async function remergeTriage(callers: DashboardCaller[]): Promise<DashboardCaller[]> {
  const triage = await loadTriage([...new Set(callers.map((c) => c.rootCallId))]);
  return callers.map((c) => ({ ...c, triage: triage.get(c.rootCallId) ?? EMPTY_TRIAGE }));
}
