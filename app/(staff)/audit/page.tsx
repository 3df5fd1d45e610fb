import { AuditView } from '@/components/audit/audit-view';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';
import { listUsers } from '@/server/staff/users';

export default async function AuditPage() {
  const staff = await requireStaff();
  const [users, teams] = await Promise.all([listUsers(), listTeams({ ids: staff.teamIds })]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Audit log</h1>
      <p className="mb-4 text-sm text-fg-muted">
        Everything staff did in Waitboard, who did it, when and from where. Hover a name for their email; the CSV export
        has the full record.
      </p>
      <AuditView
        users={users.map((u) => ({ id: u.id, name: u.name, email: u.email }))}
        teams={teams.map((t) => ({ id: t.id, name: t.name, timezone: t.timezone }))}
        namesHidden={staff.preferences.privacyMode === true}
      />
    </>
  );
}
