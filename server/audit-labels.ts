import 'server-only';
import { inArray } from 'drizzle-orm';
import { actionLabel, agentCallSummary } from '@/lib/audit/actions';
import { readableAddress, readableDevice } from '@/lib/audit/addresses';
import type { AuditEntryWords } from '@/lib/audit/entry';
import type { AuditRow } from './audit';
import { describeCallers, describeSessions, type NameDisplay } from './audit-resources';
import { db } from './db';
import { agentTokens, displayTokens, practitioners, teams, users, waitingQueues } from './db/schema';

/** An entry as a person reads it, with the stored fields kept beside (exports and tools use them). */
export interface AuditEntryView extends AuditRow, AuditEntryWords {}

const ids = (rows: AuditRow[], test: (r: AuditRow) => boolean) => [
  ...new Set(rows.filter(test).flatMap((r) => (r.resourceId ? [r.resourceId] : []))),
];
// Sign-ins are recorded against "session" too; only session.* actions are about a Coviu session.
const isCoviuSession = (r: AuditRow) => r.resourceType === 'session' && r.action.startsWith('session.');
const isCaller = (r: AuditRow) => r.resourceType === 'caller' || r.resourceType === 'call';
const isUser = (r: AuditRow) => r.resourceType === 'user' || (r.resourceType === 'session' && !isCoviuSession(r));

async function namesOf<T extends { id: string; name: string }>(
  list: string[],
  read: (list: string[]) => Promise<T[]>,
): Promise<Map<string, T>> {
  return list.length ? new Map((await read(list)).map((row) => [row.id, row])) : new Map();
}

/**
 * Names for everything the entries mention, read in one query per kind: staff, clinics, queues,
 * roster entries, display links, callers and sessions. `names` is the viewer's privacy setting
 * for callers; staff and clinics are always named.
 */
export async function describeAudit(rows: AuditRow[], names: NameDisplay): Promise<AuditEntryView[]> {
  const database = await db();
  const userIds = [...new Set([...rows.flatMap((r) => (r.actorId ? [r.actorId] : [])), ...ids(rows, isUser)])];
  const teamIds = [
    ...new Set([...rows.flatMap((r) => (r.teamId ? [r.teamId] : [])), ...ids(rows, (r) => r.resourceType === 'team')]),
  ];
  const [people, clinics, queues, roster, displays, tokens] = await Promise.all([
    namesOf(
      userIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      (list) =>
        database
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, list)),
    ),
    namesOf(teamIds, (list) =>
      database
        .select({ id: teams.id, name: teams.name, timezone: teams.timezone })
        .from(teams)
        .where(inArray(teams.id, list)),
    ),
    namesOf(
      ids(rows, (r) => r.resourceType === 'waiting_queue'),
      (list) =>
        database
          .select({ id: waitingQueues.id, name: waitingQueues.name })
          .from(waitingQueues)
          .where(inArray(waitingQueues.id, list)),
    ),
    namesOf(
      ids(rows, (r) => r.resourceType === 'practitioner').filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      (list) =>
        database
          .select({ id: practitioners.id, name: practitioners.displayName })
          .from(practitioners)
          .where(inArray(practitioners.id, list)),
    ),
    namesOf(
      ids(rows, (r) => r.resourceType === 'display_token').filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      (list) =>
        database
          .select({ id: displayTokens.id, name: displayTokens.label })
          .from(displayTokens)
          .where(inArray(displayTokens.id, list)),
    ),
    namesOf(
      ids(rows, (r) => r.resourceType === 'agent_token').filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
      (list) =>
        database
          .select({ id: agentTokens.id, name: agentTokens.name })
          .from(agentTokens)
          .where(inArray(agentTokens.id, list)),
    ),
  ]);
  const timezones = new Map([...clinics.values()].map((t) => [t.id, t.timezone]));
  const [callers, sessions] = await Promise.all([
    describeCallers(
      rows.filter(isCaller).flatMap((r) => (r.resourceId ? [{ id: r.resourceId, teamId: r.teamId }] : [])),
      names,
      timezones,
    ),
    describeSessions(ids(rows, isCoviuSession), timezones),
  ]);

  function what(r: AuditRow): string {
    const id = r.resourceId;
    if (isCaller(r)) return (id && callers.get(id)) ?? 'A caller';
    if (isCoviuSession(r)) return (id && sessions.get(id)) ?? 'A Coviu session';
    const self = id !== null && id === r.actorId;
    if (r.resourceType === 'session')
      return self ? 'Their own sign-in' : id && people.get(id) ? `${people.get(id)!.name}’s sign-in` : 'Signing in';
    if (r.resourceType === 'user')
      return self ? 'Their own account' : ((id && people.get(id)?.name) ?? 'A staff account since removed');
    if (r.resourceType === 'team') return (id && clinics.get(id)?.name) ?? 'A clinic';
    if (r.resourceType === 'waiting_queue') return `Queue ${(id && queues.get(id)?.name) ?? 'since removed'}`;
    if (r.resourceType === 'practitioner') return (id && roster.get(id)?.name) ?? 'A roster entry';
    if (r.resourceType === 'display_token') return `Wall display “${(id && displays.get(id)?.name) ?? 'removed'}”`;
    if (r.action === 'agent.call') return agentCallSummary(r.changes);
    if (r.resourceType === 'agent_token') return `Agent token “${(id && tokens.get(id)?.name) ?? 'removed'}”`;
    if (r.resourceType === 'settings') return 'Settings for every clinic';
    if (r.resourceType === 'audit_log') return 'The audit log';
    return r.resourceType;
  }

  return rows.map((r) => ({
    ...r,
    who: r.actorId
      ? (people.get(r.actorId)?.name ?? r.actorEmail ?? 'A staff account since removed')
      : (r.actorEmail ?? 'Waitboard'),
    actionLabel: actionLabel(r.action),
    what: what(r),
    clinic: r.teamId ? (clinics.get(r.teamId)?.name ?? 'A clinic since removed') : null,
    from: readableAddress(r.ip).label,
    device: readableDevice(r.userAgent),
  }));
}

/** How the viewer wants callers named: their privacy setting (initials) or full names. */
export function nameDisplayOf(preferences: Record<string, unknown>): NameDisplay {
  return preferences.privacyMode === true ? 'initials' : 'full';
}
