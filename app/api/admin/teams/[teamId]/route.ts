import { NextResponse } from 'next/server';
import { teamChanges } from '@/lib/staff/schemas';
import { HttpError } from '@/server/errors';
import { readBody, route } from '@/server/http/handler';
import { findTeam, updateTeam } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

export const GET = route<{ teamId: string }>('admin-team', async ({ params }) => {
  const team = await findTeam(params.teamId);
  if (!team) throw new HttpError(404, 'team_not_found', 'No such team.');
  return NextResponse.json({ team });
});

export const PATCH = route<{ teamId: string }>('admin-team-update', async ({ request, params, audit }) =>
  NextResponse.json({ team: await updateTeam(audit, params.teamId, await readBody(request, teamChanges)) }),
);
