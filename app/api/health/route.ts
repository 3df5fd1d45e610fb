import { NextResponse } from 'next/server';
import { isReady } from '@/server/bootstrap';
import { upstream } from '@/server/env';
import { route } from '@/server/http/handler';
import { hub } from '@/server/waiting/hub';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * Unauthenticated liveness for load balancers: version and upstream in use, no secrets.
 * `?ready=1` answers 503 until start-up (migrations, teams) has finished.
 */
export const GET = route('health', async ({ request }) => {
  const u = upstream();
  const ready = isReady();
  const wantReady = new URL(request.url).searchParams.get('ready') === '1';
  return NextResponse.json(
    {
      status: ready ? 'ok' : 'starting',
      version: packageJson.version,
      upstream: { kind: u.kind, baseUrl: u.kind === 'sandbox' ? u.baseUrl : new URL(u.baseUrl).origin },
      teams: ready ? hub().status() : [],
    },
    { status: wantReady && !ready ? 503 : 200 },
  );
});
