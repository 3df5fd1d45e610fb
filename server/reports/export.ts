import 'server-only';
import { z } from 'zod';
import { SECTIONS, sectionTable } from '@/lib/reports/csv-sections';
import { type AuditContext, recordAudit } from '../audit';
import { type CsvFile, toCsv } from '../csv';
import { db } from '../db';
import { queueReport } from './report';
import { reportRequest } from './request';
import { waitingNow } from './waiting-now';

const section = z.enum(SECTIONS, { message: `Choose a section: ${SECTIONS.join(', ')}.` });

/** One section of a queue report (range and queue from the URL) as CSV; the export is audited. */
export async function exportReportSection(audit: AuditContext, teamId: string, url: URL): Promise<CsvFile> {
  const which = section.parse(url.searchParams.get('section') ?? 'summary');
  const req = await reportRequest(teamId, url);
  const report = { ...(await queueReport(await db(), req)), waitingNow: await waitingNow(req) };
  const table = sectionTable(report, which);
  await recordAudit(audit, {
    action: 'report.export',
    resourceType: 'team',
    resourceId: teamId,
    teamId,
    changes: { section: which, from: req.from, to: req.to, queueId: req.queueId },
  });
  return { body: toCsv(table.header, table.rows), filename: `waitboard-${which}-${req.from}-to-${req.to}.csv` };
}
