import { RosterPage } from '@/components/practitioners/roster-page';
import { requireStaff } from '@/server/auth/page';
import { teamMembers } from '@/server/practitioners/members';
import { listTeams } from '@/server/staff/teams';

export default async function Practitioners() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  const manager = staff.role === 'manager' || staff.role === 'admin';
  const members = manager ? await teamMembers(teams.map((t) => t.id)) : new Map();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Practitioners</h1>
      <RosterPage
        teams={teams.map((t) => ({ id: t.id, name: t.name, members: members.get(t.id) ?? [] }))}
        me={{ id: staff.id, role: staff.role }}
      />
    </>
  );
}
