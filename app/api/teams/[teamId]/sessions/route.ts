import { NextResponse } from 'next/server';
import { dayRangeOf } from '@/lib/core/day-range';
import { bookingInput } from '@/lib/sessions/schemas';
import { readBody, route, staffRoute } from '@/server/http/handler';
import { bookSession } from '@/server/sessions/actions';
import { replayBooking } from '@/server/sessions/replay-booking';
import { listSessionsInDays, MAX_RANGE_DAYS } from '@/server/sessions/load';

export const dynamic = 'force-dynamic';

/** The clinic's sessions starting between two of its calendar days (inclusive), cancelled ones too. */
export const GET = route<{ teamId: string }>('sessions-list', async ({ request, params }) => {
  const { from, to } = dayRangeOf(new URL(request.url), MAX_RANGE_DAYS);
  const { sessions, timezone } = await listSessionsInDays(params.teamId, from, to);
  return NextResponse.json({ sessions, timezone, now: new Date().toISOString() });
});

/** Books a session. An Idempotency-Key makes a double submit book one, as Coviu has no such key. */
export const POST = staffRoute<{ teamId: string }>(
  'sessions-book',
  async ({ request, params, staff, audit }) => {
    const input = await readBody(request, bookingInput);
    const session = await bookSession(audit, staff, params.teamId, input);
    return NextResponse.json({ session }, { status: 201 });
  },
  {
    idempotent: {
      replay: async ({ params }, auditId) =>
        NextResponse.json({ session: await replayBooking(params.teamId, auditId) }, { status: 201 }),
    },
  },
);
