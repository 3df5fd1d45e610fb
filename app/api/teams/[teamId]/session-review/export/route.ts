import { csvResponse } from '@/server/http/csv';
import { route } from '@/server/http/handler';
import { exportDayReview } from '@/server/sessions/day-review';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('session-review-export', async ({ request, params, audit }) =>
  csvResponse(await exportDayReview(audit, params.teamId, new URL(request.url).searchParams.get('date') ?? '')),
);
