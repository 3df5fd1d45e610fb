import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assembleTimeline, type AuditRecord, type CallerTimeline } from '@/lib/waiting/timeline';
import { db } from '../db';
import { auditLog, calls, escalations, teams, users, waitingQueues } from '../db/schema';
import { HttpError } from '../errors';
import { rosterRefs } from '../practitioners/entries';

/** Enough for a long day of a busy caller; past it the oldest actions are the ones left out. */
const MAX_ACTIONS = 500;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The staff ids an audit entry names: who acted, and whom they admitted, reassigned or let claim. */
function peopleIn(a: AuditRecord): string[] {
  const action = (a.changes?.action ?? {}) as { practitionerId?: string | null };
  const after = (a.changes?.after ?? {}) as {
    claimedBy?: string | null;
    admission?: { practitionerId?: string } | null;
  };
  return [a.actorId, action.practitionerId, after.claimedBy, after.admission?.practitionerId].filter(
    (id): id is string => typeof id === 'string' && id.length > 0,
  );
}

/**
 * A caller's history (any of their calls, across transfers): Coviu's timestamps as we recorded
 * them, staff actions from the audit log, and escalations. No patient details: times, queues,
 * staff names and the staff's own note. Reading it is not audited (the dashboard already shows
 * everything in it); the route's rule keeps it to the team's members.
 */
export async function callerTimeline(teamId: string, callId: string, now = Date.now()): Promise<CallerTimeline> {
  const database = await db();
  const [call] = await database
    .select({ rootCallId: calls.rootCallId })
    .from(calls)
    .where(and(eq(calls.id, callId), eq(calls.teamId, teamId)));
  if (!call) throw new HttpError(404, 'caller_not_found', 'Waitboard has no record of this caller in this clinic.');
  const root = call.rootCallId;
  const [callRows, auditRows, escalationRows, queueRows, [team]] = await Promise.all([
    database
      .select()
      .from(calls)
      .where(and(eq(calls.rootCallId, root), eq(calls.teamId, teamId))),
    database
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        actorId: auditLog.actorId,
        changes: auditLog.changes,
      })
      .from(auditLog)
      .where(and(eq(auditLog.teamId, teamId), eq(auditLog.resourceType, 'caller'), eq(auditLog.resourceId, root)))
      .orderBy(asc(auditLog.at), asc(auditLog.id))
      .limit(MAX_ACTIONS),
    database
      .select()
      .from(escalations)
      .where(and(eq(escalations.rootCallId, root), eq(escalations.teamId, teamId))),
    database
      .select({ id: waitingQueues.id, name: waitingQueues.name })
      .from(waitingQueues)
      .where(eq(waitingQueues.teamId, teamId)),
    database.select({ timezone: teams.timezone }).from(teams).where(eq(teams.id, teamId)),
  ]);
  const audit: AuditRecord[] = auditRows.map((a) => ({ ...a, at: a.at.toISOString(), changes: a.changes ?? null }));
  const ids = new Set(audit.flatMap(peopleIn));
  for (const e of escalationRows) if (e.acknowledgedBy) ids.add(e.acknowledgedBy);
  const people = new Map<string, string>();
  if (ids.size)
    for (const u of await database
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...ids])))
      people.set(u.id, u.name);
  // Admissions and reassignments name roster entries, most of which have no staff account.
  for (const entry of (await rosterRefs([teamId], [...ids])).values())
    if (!people.has(entry.id)) people.set(entry.id, entry.name);
  const queues = new Map(queueRows.map((q) => [q.id, q.name]));
  const entries = assembleTimeline(
    {
      calls: callRows.map((c) => ({
        id: c.id,
        queueId: c.queueId,
        previousCallId: c.previousCallId,
        joinedAt: c.joinedAt.toISOString(),
        answeredAt: iso(c.answeredAt),
        onHoldAt: iso(c.onHoldAt),
        leftQueueAt: iso(c.leftQueueAt),
        transferredAt: iso(c.transferredAt),
        finishedAt: iso(c.finishedAt),
      })),
      audit,
      escalations: escalationRows.map((e) => ({
        kind: e.kind,
        firstSentAt: e.firstSentAt.toISOString(),
        acknowledgedAt: iso(e.acknowledgedAt),
        acknowledgedBy: e.acknowledgedBy,
      })),
    },
    {
      queue: (id) => (id && queues.get(id)) || 'a queue',
      person: (id) => (id && people.get(id)) || 'Someone',
    },
    now,
  );
  return { timezone: team?.timezone ?? 'Australia/Sydney', entries };
}
