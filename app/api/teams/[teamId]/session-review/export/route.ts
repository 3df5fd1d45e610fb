import { recordAudit } from '@/server/audit';
import { csvResponse, toCsv } from '@/server/http/csv';
import { route } from '@/server/http/handler';
import { DAY_REVIEW_COLUMNS, dayReview, dayReviewCells } from '@/server/sessions/day-review';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('session-review-export', async ({ request, params, audit }) => {
  const date = new URL(request.url).searchParams.get('date') ?? '';
  const review = await dayReview(params.teamId, date);
  await recordAudit(audit, { action: 'session.review_export', resourceType: 'team', resourceId: params.teamId, teamId: params.teamId, changes: { date, rows: review.rows.length } });
  return csvResponse(toCsv(DAY_REVIEW_COLUMNS, dayReviewCells(review)), `waitboard-sessions-${date}.csv`);
});
