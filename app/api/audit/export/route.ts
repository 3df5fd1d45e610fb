import { exportAudit } from '@/server/audit-query';
import { csvResponse } from '@/server/http/csv';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

export const GET = staffRoute('audit-export', async ({ request, staff, audit }) =>
  csvResponse(await exportAudit(audit, staff, new URL(request.url), new Date())),
);
