import { UsersAdmin } from '@/components/admin/users-admin';
import { listTeams } from '@/server/staff/teams';

export default async function UsersPage() {
  const teams = await listTeams();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Staff accounts</h1>
      <UsersAdmin teams={teams.map((t) => ({ id: t.id, name: t.name }))} />
    </>
  );
}
