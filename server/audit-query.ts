import 'server-only';
import { z } from 'zod';
import { localDate } from '@/lib/core/day-range';
import { text } from '@/lib/core/text';
import type { Staff } from './auth/session';
import { HttpError } from './errors';
import { type AuditContext, type AuditFilter, type AuditRow, queryAudit, recordAudit } from './audit';
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
});

/**
 * Filters from the query string. Managers see their own teams' entries; admins see everything.
 * `until` is inclusive of its whole day.
 */
export function auditFilterFrom(url: URL, staff: Staff): AuditFilter & { teamIds?: string[] } {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''));
  const f = filterSchema.parse(raw);
  if (f.until) f.until = new Date(f.until.getTime() + 86_400_000);
  if (staff.role !== 'admin') {
    if (f.teamId && !staff.teamIds.includes(f.teamId))
      throw new HttpError(403, 'forbidden_team', 'You are not a member of this team.');
    return f.teamId ? f : { ...f, teamIds: staff.teamIds };
  }
  return f;
}

const CSV_COLUMNS: (keyof AuditRow)[] = [
  'id',
  'at',
  'actorEmail',
  'action',
  'resourceType',
  'resourceId',
  'teamId',
  'ip',
  'userAgent',
  'changes',
];

export function auditCsv(rows: AuditRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((row) => CSV_COLUMNS.map((c) => row[c])),
  );
}

const EXPORT_LIMIT = 10_000;

/** The audit log as CSV, filtered as on screen (and as this person may see), the export itself audited. */
export async function exportAudit(audit: AuditContext, staff: Staff, url: URL, now = new Date()): Promise<CsvFile> {
  const filter = auditFilterFrom(url, staff);
  const rows = await queryAudit({ ...filter, limit: EXPORT_LIMIT });
  await recordAudit(audit, {
    action: 'audit.export',
    resourceType: 'audit_log',
    // An export of one clinic's entries belongs to that clinic's log, so its managers see it.
    teamId: filter.teamId ?? null,
    changes: { rows: rows.length, filter: { ...filter } },
  });
  return { body: auditCsv(rows), filename: `waitboard-audit-${now.toISOString().slice(0, 10)}.csv` };
}
