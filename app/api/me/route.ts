import { NextResponse } from 'next/server';
import { staffRoute } from '@/server/http/handler';
import { listTeams } from '@/server/staff/teams';

export const dynamic = 'force-dynamic';

export const GET = staffRoute('me', async ({ staff }) => {
  const teams = await listTeams({ ids: staff.teamIds });
  return NextResponse.json({
    user: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
  });
});
