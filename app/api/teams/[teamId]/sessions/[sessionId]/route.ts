import { NextResponse } from 'next/server';
import { rescheduleInput } from '@/lib/sessions/schemas';
import { readBody, route } from '@/server/http/handler';
import { cancelSession, rescheduleSession } from '@/server/sessions/actions';
import { loadTeamSession } from '@/server/sessions/load';

export const dynamic = 'force-dynamic';

type Params = { teamId: string; sessionId: string };

export const GET = route<Params>('session', async ({ params }) => {
  const { view } = await loadTeamSession(params.teamId, params.sessionId);
  return NextResponse.json({ session: view, now: new Date().toISOString() });
});

/** Reschedule: a new local start and duration (only the end may move once it has started). */
export const PATCH = route<Params>('session-reschedule', async ({ request, params, audit }) => {
  const input = await readBody(request, rescheduleInput);
  return NextResponse.json({ session: await rescheduleSession(audit, params.teamId, params.sessionId, input) });
});

/** Cancel: Coviu allows it only before the session starts, and it cannot be undone. */
export const DELETE = route<Params>('session-cancel', async ({ params, audit }) =>
  NextResponse.json({ session: await cancelSession(audit, params.teamId, params.sessionId) }),
);
