import { SessionsPage } from '@/components/sessions/sessions-page';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';

export default async function Sessions({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  const { team } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Consultation sessions</h1>
      <SessionsPage
        initialTeamId={teams.some((t) => t.id === team) ? team : undefined}
        teams={teams.map((t) => ({ id: t.id, name: t.name, timezone: t.timezone }))}
      />
    </>
  );
}
