import { NextResponse } from 'next/server';
import { route } from '@/server/http/handler';
import { practitionersByTeam } from '@/server/staff/users';

export const dynamic = 'force-dynamic';

/** The clinic's active practitioners, who can host sessions and receive admitted callers. */
export const GET = route<{ teamId: string }>('practitioners', async ({ params }) =>
  NextResponse.json({ practitioners: (await practitionersByTeam([params.teamId])).get(params.teamId) ?? [] }),
);
