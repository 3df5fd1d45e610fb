import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { loadRoster } from '@/server/practitioners/roster';

export const dynamic = 'force-dynamic';

/**
 * The clinic's practitioner roster with each one's availability now (derived "in a consult"
 * included), available first. Admit, booking and the console header read it.
 */
export const GET = route<{ teamId: string }>('practitioners', async ({ params }) =>
  NextResponse.json(await loadRoster(params.teamId)),
);
