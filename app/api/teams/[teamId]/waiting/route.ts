import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { requestedPoller } from '@/server/waiting/hub';

export const dynamic = 'force-dynamic';

/** The latest snapshot as JSON: the browser's fallback when its event stream fails. */
export const GET = route<{ teamId: string }>('waiting', async ({ params }) => {
  const poller = await requestedPoller(params.teamId);
  poller.touch();
  return NextResponse.json(poller.snapshot());
});
