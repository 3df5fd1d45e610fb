import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { dayReview } from '@/server/sessions/day-review';

export const dynamic = 'force-dynamic';

/** The manager's end-of-day review of one clinic day (`?date=YYYY-MM-DD`, the clinic's calendar). */
export const GET = route<{ teamId: string }>('session-review', async ({ request, params }) => {
  const date = new URL(request.url).searchParams.get('date') ?? '';
  return NextResponse.json(await dayReview(params.teamId, date));
});
