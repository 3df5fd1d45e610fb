import { NextResponse } from 'next/server';
import { notifyInput } from '@/lib/sessions/schemas';
import { readBody, staffRoute } from '@/server/http/handler';
import { sendEntryLink } from '@/server/sessions/notifier';

export const dynamic = 'force-dynamic';

export const POST = staffRoute<{ teamId: string; sessionId: string; participantId: string }>(
  'session-send-link',
  async ({ request, params, staff, audit }) => {
    const { channel } = await readBody(request, notifyInput);
    const delivery = await sendEntryLink(audit, staff, params.teamId, params.sessionId, params.participantId, channel);
    return NextResponse.json({ delivery });
  },
);
