import { NextResponse } from 'next/server';
import { db } from '@/server/db';
import { route } from '@/server/http/handler';
import { queueReport } from '@/server/reports/report';
import { reportRequest } from '@/server/reports/request';

export const dynamic = 'force-dynamic';

/** The queue report for `?from=&to=` (clinic days, inclusive) and optionally `&queue=`. */
export const GET = route<{ teamId: string }>('report', async ({ request, params }) =>
  NextResponse.json(await queueReport(await db(), await reportRequest(params.teamId, new URL(request.url)))),
);
