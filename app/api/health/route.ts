import { NextResponse } from 'next/server';
import { healthReport } from '@/server/health';
import { route } from '@/server/http/handler';
import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * Unauthenticated liveness for load balancers: status and version (details for signed-in admins).
 * `?ready=1` answers 503 until start-up (migrations, teams) has finished.
 */
export const GET = route('health', async ({ request }) => {
  const health = await healthReport(packageJson.version);
  const wantReady = new URL(request.url).searchParams.get('ready') === '1';
  return NextResponse.json(health, { status: wantReady && health.status !== 'ok' ? 503 : 200 });
});
