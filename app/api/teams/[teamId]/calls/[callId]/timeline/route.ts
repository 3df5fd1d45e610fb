import { NextResponse } from 'next/server';
import { staffRoute } from '@/server/http/handler';
import { callerTimeline } from '@/server/waiting/caller-timeline';

export const dynamic = 'force-dynamic';

/** A caller's history: arrival, transfers, holds, claims, admissions, notes, escalations — who and when. */
export const GET = staffRoute<{ teamId: string; callId: string }>('caller-timeline', async ({ params }) =>
  NextResponse.json(await callerTimeline(params.teamId, params.callId)),
);
