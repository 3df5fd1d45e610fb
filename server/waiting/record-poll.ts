import 'server-only';
import type { SQL } from 'drizzle-orm';
import type { DashboardCaller } from '@/lib/waiting/types';
import { log } from '../log';
import { discoverQueues, findTeam } from '../staff/teams';
import { escalate } from './escalation';
import { recordLifecycle } from './lifecycle';
import { remergeTriage, type TeamRead } from './read-callers';
import { confirmJoins } from './triage-store';
import { noteSettledCalls } from './wait-basis';

/**
 * What a poll leaves behind, after its read: queues Coviu showed us for the first time, each call's
 * lifecycle (for reports), route-mode admissions confirmed by Coviu answering the call, and
 * escalations. Returns the callers as they now stand (a confirmed join changes their triage).
 */
export async function recordPoll(teamId: string, read: TeamRead, fence?: SQL): Promise<DashboardCaller[]> {
  const team = await findTeam(teamId);
  if (team)
    await discoverQueues(
      team,
      read.calls.map((c) => c.queueId),
    );
  await recordLifecycle(teamId, read);
  noteSettledCalls(teamId, read.calls);
  const answered = read.calls.flatMap((c) => {
    const at = c.answeredAt ?? c.startedAt;
    return at ? [{ rootCallId: read.lineage.get(c.id)?.rootCallId ?? c.id, answeredAt: at }] : [];
  });
  const callers = (await confirmJoins(answered)) ? await remergeTriage(read.callers) : read.callers;
  if (team) {
    // Fenced: a frozen ex-owner waking up must not close or post what its successor now handles.
    await escalate(team.id, team.name, new Map(team.queues.map((q) => [q.id, q.name])), callers, { fence }).catch(
      (error: unknown) => log.warn('escalation failed', { team: team.id, name: (error as Error)?.name }),
    );
  }
  return callers;
}
