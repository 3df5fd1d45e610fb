import { csvResponse } from '@/server/http/csv';
import { route } from '@/server/http/handler';
import { exportReportSection } from '@/server/reports/export';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('report-export', async ({ request, params, audit }) =>
  csvResponse(await exportReportSection(audit, params.teamId, new URL(request.url))),
);
