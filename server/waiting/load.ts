import 'server-only';
import type { WaitingCall } from '@/lib/waiting/call';
import { EMPTY_TRIAGE, type DashboardCaller, type Triage } from '@/lib/waiting/types';
import { coviu } from '../coviu';
import { discoverQueues, findTeam } from '../staff/teams';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../db';
import { triage } from '../db/schema';
import { log } from '../log';
import { escalate } from './escalation';
import { type Lineage, recordLifecycle } from './lifecycle';
import { loadTriage } from './triage-store';

function endedAt(c: WaitingCall): string | null {
  return c.transferredAt ?? c.leftQueueAt ?? c.finishedAt ?? null;
}

export function toDashboardCaller(c: WaitingCall, lineage: Lineage | undefined, triage: Triage | undefined): DashboardCaller {
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

/** One poll: Coviu's calls, their lifecycle recorded, new queues noted, our triage merged in. */
export async function loadTeamCallers(teamId: string, signal: AbortSignal): Promise<DashboardCaller[]> {
  const calls = await coviu().waiting.calls(teamId, signal);
  const team = await findTeam(teamId);
  if (team) await discoverQueues(team, calls.map((c) => c.queueId));
  const lineage = await recordLifecycle(teamId, calls);
  await confirmJoins(calls, lineage);
  const triage = await loadTriage([...new Set([...lineage.values()].map((l) => l.rootCallId))]);
  const callers = calls.map((c) => toDashboardCaller(c, lineage.get(c.id), triage.get(lineage.get(c.id)?.rootCallId ?? c.id)));
  if (team) {
    await escalate(team.id, team.name, new Map(team.queues.map((q) => [q.id, q.name])), callers).catch((error: unknown) =>
      log.warn('escalation failed', { team: team.id, name: (error as Error)?.name }),
    );
  }
  return callers;
}

/**
 * Route mode: Coviu reporting the call answered is the confirmation that the practitioner joined.
 */
async function confirmJoins(calls: WaitingCall[], lineage: Map<string, Lineage>): Promise<void> {
  const answered = calls.filter((c) => c.answeredAt ?? c.startedAt);
  if (!answered.length) return;
  const database = await db();
  for (const c of answered) {
    const root = lineage.get(c.id)?.rootCallId ?? c.id;
    await database
      .update(triage)
      .set({
        admission: sql`jsonb_set(${triage.admission}, '{joinedAt}', to_jsonb(${c.answeredAt ?? c.startedAt}::text))`,
        version: sql`${triage.version} + 1`,
      })
      .where(and(eq(triage.rootCallId, root), sql`${triage.admission}->>'mode' = 'route'`, sql`(${triage.admission}->>'joinedAt') is null`));
  }
}

export async function reloadTriage(_teamId: string, callers: DashboardCaller[]): Promise<DashboardCaller[]> {
  const triage = await loadTriage([...new Set(callers.map((c) => c.rootCallId))]);
  return callers.map((c) => ({ ...c, triage: triage.get(c.rootCallId) ?? EMPTY_TRIAGE }));
}
