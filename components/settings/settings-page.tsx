'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { QueuedTeam } from '@/lib/core/team';
import type { GlobalSettings, TeamSettings } from '@/lib/settings/schema';
import { ClinicSettings } from './clinic-settings';
import { IdleSection } from './idle-section';
import { SettingsContents } from './settings-contents';

export function SettingsPage({ teams, global }: { teams: QueuedTeam[]; global: GlobalSettings }) {
  // The clinic whose settings show. One place only: everything below is keyed by it.
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const team = teams.find((t) => t.id === teamId);
  const query = useQuery({
    queryKey: queryKeys.teamSettings(teamId),
    queryFn: () => fetchJson<{ settings: TeamSettings }>(`/api/teams/${teamId}/settings`).then((r) => r.settings),
    enabled: Boolean(teamId),
  });
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        {teams.length > 1 && (
          <div className="max-w-sm">
            <SelectField label="Clinic" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </SelectField>
          </div>
        )}
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
