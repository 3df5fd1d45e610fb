import { Dashboard } from '@/components/waiting/dashboard';
import { readConsolePreferences } from '@/lib/waiting/console-preferences';
import { DEFAULT_THRESHOLD_SETTINGS } from '@/lib/waiting/thresholds';
import { requireStaff } from '@/server/auth/page';
import { env } from '@/server/env';
import { listTeams } from '@/server/staff/teams';
import { practitionersByTeam } from '@/server/staff/users';

export default async function HomePage() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  const practitioners = await practitionersByTeam(teams.map((t) => t.id));
  return (
    <>
      <h1 className="mb-2 text-title">Waiting now</h1>
      {teams.length === 0 ? (
        <p role="status">
          You are not a member of any team yet. Ask your Waitboard administrator to add you to your clinic.
        </p>
      ) : (
        <Dashboard
          teams={teams.map((t) => ({
            id: t.id,
            name: t.name,
            timezone: t.timezone,
            queues: t.queues.map((q) => ({ id: q.id, name: q.name })),
            practitioners: practitioners.get(t.id) ?? [],
          }))}
          me={{ id: staff.id, name: staff.name, role: staff.role }}
          thresholds={DEFAULT_THRESHOLD_SETTINGS}
          preferences={readConsolePreferences(
            staff.preferences,
            teams.map((t) => t.id),
          )}
          admitJoinLimitMinutes={env().ADMIT_JOIN_LIMIT_MINUTES}
        />
      )}
    </>
  );
}
