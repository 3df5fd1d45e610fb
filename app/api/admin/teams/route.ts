import { NextResponse } from 'next/server';
import { newTeam } from '@/lib/staff/schemas';
import { readBody, route } from '@/server/http/handler';
import { createTeam, listTeams } from '@/server/staff/teams';
import { hub } from '@/server/waiting/hub';

export const dynamic = 'force-dynamic';

export const GET = route('admin-teams', async () =>
  NextResponse.json({ teams: await listTeams({ includeArchived: true }) }),
);

export const POST = route('admin-teams-create', async ({ request, audit }) => {
  const team = await createTeam(audit, await readBody(request, newTeam));
  // Polled from now on, watched or not, so its call history is complete for reports.
  hub().poller(team.id);
  return NextResponse.json({ team }, { status: 201 });
});
