import { NextResponse } from 'next/server';
import { clinicDay } from '@/lib/core/clinic-time';
import { dayRangeOf } from '@/lib/core/day-range';
import { idempotencyKey } from '@/lib/core/idempotency-key';
import { bookingInput } from '@/lib/sessions/schemas';
import { HttpError, readBody, route, toErrorResponse } from '@/server/http/handler';
import { once } from '@/server/http/idempotency';
import { bookSession } from '@/server/sessions/actions';
import { listTeamSessions, MAX_RANGE_DAYS } from '@/server/sessions/load';
import { requireTeam } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

/** The clinic's sessions starting between two of its calendar days (inclusive), cancelled ones too. */
export const GET = route<{ teamId: string }>('sessions-list', async ({ request, params }) => {
  const { from, to } = dayRangeOf(new URL(request.url), MAX_RANGE_DAYS);
  const team = await requireTeam(params.teamId);
  const start = clinicDay(from, team.timezone);
  const end = clinicDay(to, team.timezone);
  if (!start || !end) throw new HttpError(400, 'bad_date', 'Choose days as YYYY-MM-DD.');
  const sessions = await listTeamSessions(params.teamId, start.start, end.end);
  return NextResponse.json({ sessions, timezone: team.timezone, now: new Date().toISOString() });
});

/** Books a session. An Idempotency-Key makes a double submit book one, as Coviu has no such key. */
export const POST = route<{ teamId: string }>('sessions-book', async ({ request, params, staff, audit }) => {
  const rawKey = request.headers.get('idempotency-key');
  const key = rawKey === null ? null : idempotencyKey.parse(rawKey);
  return once(key, staff!.id, async () => {
    try {
      const input = await readBody(request, bookingInput);
      const session = await bookSession(audit, staff!, params.teamId, input);
      return NextResponse.json({ session }, { status: 201 });
    } catch (error) {
      return toErrorResponse(error, 'sessions-book');
    }
  });
});
