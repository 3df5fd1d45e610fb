import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { reportFromUrl } from '@/server/reports/request';

export const dynamic = 'force-dynamic';

/** The queue report for `?from=&to=` (clinic days, inclusive) and optionally `&queue=`. */
export const GET = route<{ teamId: string }>('report', async ({ request, params }) =>
  NextResponse.json(await reportFromUrl(params.teamId, new URL(request.url))),
);
