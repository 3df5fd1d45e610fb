import { NextResponse } from 'next/server';
import { queryAudit } from '@/server/audit';
import { auditFilterFrom } from '@/server/audit-query';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

export const GET = staffRoute('audit', async ({ request, staff }) => {
  const filter = auditFilterFrom(new URL(request.url), staff);
  const entries = await queryAudit({ ...filter, limit: filter.limit ?? 100 });
  return NextResponse.json({ entries, nextBeforeId: entries.length ? entries.at(-1)!.id : null });
});
