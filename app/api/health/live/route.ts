import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { liveness } from '@/server/probes';

export const dynamic = 'force-dynamic';

/** Liveness for a load balancer or orchestrator: 200 while the process turns its event loop, else 503. */
export const GET = route('health-live', async () => {
  const probe = await liveness();
  return probe.ok
    ? NextResponse.json({ status: 'live' })
    : NextResponse.json({ status: 'stalled', reason: probe.reason }, { status: 503 });
});
