'use client';
import { useQuery } from '@tanstack/react-query';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { QueuedTeam } from '@/lib/core/team';
import type { GlobalSettings, TeamSettings } from '@/lib/settings/schema';
import { ClinicSettings } from './clinic-settings';
import { IdleSection } from './idle-section';
import { SettingsContents } from './settings-contents';

export function SettingsPage({ teams, global }: { teams: QueuedTeam[]; global: GlobalSettings }) {
  // The clinic whose settings show (the person's last, as on every page with a clinic picker).
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const query = useQuery({
    queryKey: queryKeys.teamSettings(teamId),
    queryFn: () => fetchJson<{ settings: TeamSettings }>(`/api/teams/${teamId}/settings`).then((r) => r.settings),
    enabled: Boolean(teamId),
  });
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <ClinicPicker teams={teams} value={teamId} onChange={setTeamId} className="max-w-sm" />
        <p className="text-body-sm text-fg-muted">
          Each section is saved on its own with its own Save button; changes in other sections are kept until you save
          them.
        </p>
      </div>
      <div className="grid gap-5 lg:grid-cols-[13rem_minmax(0,48rem)]">
        <SettingsContents />
        <div className="min-w-0 space-y-5">
          {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
          {query.data && team && <ClinicSettings key={teamId} team={team} saved={query.data} />}
          <IdleSection initial={global} />
        </div>
      </div>
    </div>
  );
}
