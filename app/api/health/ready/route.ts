import { NextResponse } from 'next/server';
import { isReady } from '@/server/bootstrap';
import { database } from '@/server/db';
import { route } from '@/server/http/handler';
import { readiness } from '@/server/probes';

export const dynamic = 'force-dynamic';

/** Readiness for a load balancer: 200 once start-up is done and the database answers, else 503 and why. */
export const GET = route('health-ready', async () => {
  const probe = await readiness({ database, booted: isReady });
  return probe.ok
    ? NextResponse.json({ status: 'ready' })
    : NextResponse.json({ status: 'not-ready', reason: probe.reason }, { status: 503 });
});
