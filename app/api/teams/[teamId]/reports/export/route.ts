import { z } from 'zod';
import { SECTIONS, sectionTable } from '@/lib/reports/csv-sections';
import { recordAudit } from '@/server/audit';
import { db } from '@/server/db';
import { csvResponse, toCsv } from '@/server/http/csv';
import { route } from '@/server/http/handler';
import { queueReport } from '@/server/reports/report';
import { reportRequest } from '@/server/reports/request';

export const dynamic = 'force-dynamic';

const section = z.enum(SECTIONS, { message: `Choose a section: ${SECTIONS.join(', ')}.` });

export const GET = route<{ teamId: string }>('report-export', async ({ request, params, audit }) => {
  const url = new URL(request.url);
  const which = section.parse(url.searchParams.get('section') ?? 'summary');
  const req = await reportRequest(params.teamId, url);
  const table = sectionTable(await queueReport(await db(), req), which);
  await recordAudit(audit, { action: 'report.export', resourceType: 'team', resourceId: params.teamId, teamId: params.teamId, changes: { section: which, from: req.from, to: req.to, queueId: req.queueId } });
  return csvResponse(toCsv(table.header, table.rows), `waitboard-${which}-${req.from}-to-${req.to}.csv`);
});
