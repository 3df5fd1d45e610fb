import { BookingForm } from '@/components/sessions/booking-form';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';
import { practitionersByTeam } from '@/server/staff/users';

export default async function NewSession({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  const practitioners = await practitionersByTeam(teams.map((t) => t.id));
  const { team } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Book a session</h1>
      <BookingForm
        initialTeamId={teams.some((t) => t.id === team) ? team! : (teams[0]?.id ?? '')}
        teams={teams.map((t) => ({
          id: t.id,
          name: t.name,
          timezone: t.timezone,
          practitioners: practitioners.get(t.id) ?? [],
        }))}
      />
    </>
  );
}
