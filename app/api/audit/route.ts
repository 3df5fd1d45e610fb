import { NextResponse } from 'next/server';
import { readAudit } from '@/server/audit-query';
import { staffRoute } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

export const GET = staffRoute('audit', async ({ request, staff }) =>
  NextResponse.json(await readAudit(staff, new URL(request.url))),
);
