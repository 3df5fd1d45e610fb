import { NextResponse } from 'next/server';
import { participantInput } from '@/lib/sessions/schemas';
import { readBody, route } from '@/server/http/handler';
import { addParticipant } from '@/server/sessions/actions';

export const dynamic = 'force-dynamic';

export const POST = route<{ teamId: string; sessionId: string }>(
  'session-participant-add',
  async ({ request, params, audit }) => {
    const input = await readBody(request, participantInput);
    return NextResponse.json(
      { session: await addParticipant(audit, params.teamId, params.sessionId, input) },
      { status: 201 },
    );
  },
);
