import 'server-only';
import { z } from 'zod';
import { localDate } from '@/lib/core/day-range';
import { text } from '@/lib/core/text';
import type { Staff } from './auth/session';
import { HttpError } from './errors';
import { type AuditContext, type AuditFilter, queryAudit, recordAudit } from './audit';
import { type AuditEntryView, describeAudit, nameDisplayOf } from './audit-labels';
import { type CsvFile, toCsv } from './csv';

const dateParam = localDate.transform((d) => new Date(`${d}T00:00:00Z`));

const filterSchema = z.object({
  actorId: z.uuid({ message: 'Choose a user from the list.' }).optional(),
  action: text().max(100).optional(),
  teamId: text().max(100).optional(),
  from: dateParam.optional(),
  until: dateParam.optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  agent: z
    .literal('only', { message: 'agent is "only" (entries made through an agent token), or left out.' })
    .optional(),
  agentTokenId: z.uuid({ message: 'Choose an agent token from the list.' }).optional(),
});

/**
 * Filters from the query string. Managers see their own teams' entries; admins see everything.
 * A clinic means its log as its managers see it: entries about the clinic, and its staff's entries
 * that belong to no clinic (signing in, their own account), so "Harbourside" still shows who
 * signed in there. `until` is inclusive of its whole day. `clinic` is the chosen clinic, if any.
 */
export function auditFilterFrom(url: URL, staff: Staff): AuditFilter & { clinic?: string } {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''));
  const { teamId, agent, ...rest } = filterSchema.parse(raw);
  const f: AuditFilter = { ...rest, ...(agent ? { agentOnly: true } : {}) };
  if (f.until) f.until = new Date(f.until.getTime() + 86_400_000);
  if (teamId && staff.role !== 'admin' && !staff.teamIds.includes(teamId))
    throw new HttpError(403, 'forbidden_team', 'You are not a member of this clinic.');
  if (teamId) return { ...f, teamIds: [teamId], clinic: teamId };
  return staff.role === 'admin' ? f : { ...f, teamIds: staff.teamIds };
}

/** Readable columns first, then what was stored, so an auditor can still match ids and raw addresses. */
const CSV_COLUMNS: [string, (e: AuditEntryView) => unknown][] = [
  ['When', (e) => e.at],
  ['Who', (e) => e.who],
  ['Email', (e) => e.actorEmail],
  ['Action', (e) => e.actionLabel],
  ['About', (e) => e.what],
  ['Clinic', (e) => e.clinic],
  ['From', (e) => e.from],
  ['Browser', (e) => e.device],
  ['Entry', (e) => e.id],
  ['Action code', (e) => e.action],
  ['Resource type', (e) => e.resourceType],
  ['Resource id', (e) => e.resourceId],
  ['Clinic id', (e) => e.teamId],
  ['IP address', (e) => e.ip],
  ['User agent', (e) => e.userAgent],
  ['Changes', (e) => e.changes],
  // Last, so the columns of exports made before agent tokens keep their places.
  ['Via agent token', (e) => e.agentTokenName],
  ['Agent token id', (e) => e.agentTokenId],
];

export function auditCsv(entries: AuditEntryView[]): string {
  return toCsv(
    CSV_COLUMNS.map(([name]) => name),
    entries.map((entry) => CSV_COLUMNS.map(([, cell]) => cell(entry))),
  );
}

/** One page of the log as the screen shows it: callers named as this viewer's privacy setting allows. */
export async function readAudit(staff: Staff, url: URL) {
  const filter = auditFilterFrom(url, staff);
  const rows = await queryAudit({ ...filter, limit: filter.limit ?? 100 });
  const entries = await describeAudit(rows, nameDisplayOf(staff.preferences));
  return { entries, nextBeforeId: rows.length ? rows.at(-1)!.id : null };
}

const EXPORT_LIMIT = 10_000;

/** The audit log as CSV, with the same filters and words as on screen (and as this person may see), the export itself audited. */
export async function exportAudit(audit: AuditContext, staff: Staff, url: URL, now = new Date()): Promise<CsvFile> {
  const filter = auditFilterFrom(url, staff);
  const rows = await queryAudit({ ...filter, limit: EXPORT_LIMIT });
  // A file outlives the screen: callers are named by initials in it, whatever the viewer's setting.
  const entries = await describeAudit(rows, 'initials');
  await recordAudit(audit, {
    action: 'audit.export',
    resourceType: 'audit_log',
    // An export of one clinic's entries belongs to that clinic's log, so its managers see it.
    teamId: filter.clinic ?? null,
    changes: { rows: rows.length, filter: { ...filter } },
  });
  return { body: auditCsv(entries), filename: `waitboard-audit-${now.toISOString().slice(0, 10)}.csv` };
}
