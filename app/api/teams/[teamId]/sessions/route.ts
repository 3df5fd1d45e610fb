import { NextResponse } from 'next/server';
import { addDays, clinicDay } from '@/lib/format/clinic-time';
import { idempotencyKey } from '@/lib/schemas/triage';
import { bookingInput, sessionListQuery } from '@/lib/schemas/sessions';
import { HttpError, readBody, route, toErrorResponse } from '@/server/http/handler';
import { once } from '@/server/http/idempotency';
import { bookSession } from '@/server/sessions/actions';
import { listTeamSessions, MAX_RANGE_DAYS } from '@/server/sessions/load';
import { findTeam } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

/** The clinic's sessions starting between two of its calendar days (inclusive), cancelled ones too. */
export const GET = route<{ teamId: string }>('sessions-list', async ({ request, params }) => {
  const url = new URL(request.url);
  const { from, to } = sessionListQuery.parse({ from: url.searchParams.get('from') ?? undefined, to: url.searchParams.get('to') ?? undefined });
  const team = await findTeam(params.teamId);
  if (!team) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  const start = clinicDay(from, team.timezone);
  const end = clinicDay(to, team.timezone);
  if (!start || !end) throw new HttpError(400, 'bad_date', 'Choose days as YYYY-MM-DD.');
  if (end.end <= start.start) throw new HttpError(400, 'bad_range', 'The last day must not be before the first.');
  if (addDays(from, MAX_RANGE_DAYS) < to) throw new HttpError(400, 'bad_range', `Choose at most ${MAX_RANGE_DAYS} days at a time.`);
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
