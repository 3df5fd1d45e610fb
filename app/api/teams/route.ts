import { NextResponse } from 'next/server';
import { staffRoute } from '@/server/http/handler';
import { listTeams } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

/** The teams this member of staff may see, with their waiting queues. */
export const GET = staffRoute('teams', async ({ staff }) =>
  NextResponse.json({ teams: await listTeams({ ids: staff.teamIds }) }),
);
