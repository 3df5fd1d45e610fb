import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { loadTeamSession } from '@/server/sessions/load';
import { deliveryModes, notificationsFor } from '@/server/sessions/notifier';

export const dynamic = 'force-dynamic';

/** The entry links sent (or, with the built-in notifier, recorded) for this session, and whether each channel sends. */
export const GET = route<{ teamId: string; sessionId: string }>('session-notifications', async ({ params }) => {
  await loadTeamSession(params.teamId, params.sessionId);
  return NextResponse.json({ notifications: await notificationsFor(params.sessionId), modes: deliveryModes() });
});
