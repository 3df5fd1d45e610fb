import { DayReviewView } from '@/components/sessions/day-review';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';

export default async function SessionReviewPage() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">End-of-day session review</h1>
      <DayReviewView teams={teams.map((t) => ({ id: t.id, name: t.name, timezone: t.timezone }))} />
    </>
  );
}
