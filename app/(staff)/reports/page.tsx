import { ReportsPage } from '@/components/reports/reports-page';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';

export default async function Reports() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Queue reports</h1>
      <ReportsPage
        teams={teams.map((t) => ({
          id: t.id,
          name: t.name,
          timezone: t.timezone,
          queues: t.queues.map((q) => ({ id: q.id, name: q.name })),
        }))}
      />
    </>
  );
}
