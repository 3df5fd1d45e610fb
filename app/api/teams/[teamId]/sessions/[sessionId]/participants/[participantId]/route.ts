import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { removeParticipant } from '@/server/sessions/actions';

export const dynamic = 'force-dynamic';

export const DELETE = route<{ teamId: string; sessionId: string; participantId: string }>(
  'session-participant-remove',
  async ({ params, audit }) =>
    NextResponse.json({
      session: await removeParticipant(audit, params.teamId, params.sessionId, params.participantId),
    }),
);
