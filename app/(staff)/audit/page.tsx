import { AuditView } from '@/components/audit/audit-view';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';
import { listUsers } from '@/server/staff/users';

export default async function AuditPage() {
  const staff = await requireStaff();
  const [users, teams] = await Promise.all([listUsers(), listTeams({ ids: staff.teamIds })]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Audit log</h1>
      <AuditView
        users={users.map((u) => ({ id: u.id, name: u.name, email: u.email }))}
        teams={teams.map((t) => ({ id: t.id, name: t.name }))}
      />
    </>
  );
}
