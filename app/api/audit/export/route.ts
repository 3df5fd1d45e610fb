import { queryAudit, recordAudit } from '@/server/audit';
import { auditCsv, auditFilterFrom } from '@/server/audit-query';
import { csvResponse } from '@/server/http/csv';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

const EXPORT_LIMIT = 10_000;

export const GET = staffRoute('audit-export', async ({ request, staff, audit }) => {
  const filter = auditFilterFrom(new URL(request.url), staff);
  const rows = await queryAudit({ ...filter, limit: EXPORT_LIMIT });
  await recordAudit(audit, { action: 'audit.export', resourceType: 'audit_log', changes: { rows: rows.length, filter: { ...filter } } });
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(auditCsv(rows), `waitboard-audit-${day}.csv`);
});
