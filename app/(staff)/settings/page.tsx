import { SettingsPage } from '@/components/settings/settings-page';
import { requireStaff } from '@/server/auth/page';
import { getGlobalSettings } from '@/server/settings/store';
import { listTeams } from '@/server/staff/teams';

export default async function Settings() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Settings</h1>
      <SettingsPage
        teams={teams.map((t) => ({
          id: t.id,
          name: t.name,
          queues: t.queues.map((q) => ({ id: q.id, name: q.name })),
        }))}
        global={await getGlobalSettings()}
      />
    </>
  );
}
