'use client';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { QueuedTeam } from '@/lib/core/team';
import type { GlobalSettings, TeamSettings } from '@/lib/settings/schema';
import { DisplayLinks } from './display-links';
import { TeamSettingsForm } from './team-settings-form';

function IdleForm({ initial }: { initial: GlobalSettings }) {
  const [minutes, setMinutes] = useState(String(initial.idleTimeoutMinutes));
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await fetchJson('/api/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ idleTimeoutMinutes: Number(minutes) }),
      });
      setMessage({ tone: 'success', text: 'Saved. It applies from each person’s next page load.' });
    } catch (error) {
      setMessage({ tone: 'error', text: (error as Error).message });
    }
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3">
      <TextField
        label="Sign out after this many idle minutes (every clinic)"
        type="number"
        min={2}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <Button type="submit">Save</Button>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </form>
  );
}

export function SettingsPage({ teams, global }: { teams: QueuedTeam[]; global: GlobalSettings }) {
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const query = useQuery({
    queryKey: queryKeys.teamSettings(teamId),
    queryFn: () => fetchJson<{ settings: TeamSettings }>(`/api/teams/${teamId}/settings`).then((r) => r.settings),
    enabled: Boolean(teamId),
  });
  return (
    <div className="max-w-3xl space-y-6">
      <section aria-labelledby="shared" className="space-y-2">
        <h2 id="shared" className="text-lg font-semibold">
          Shared computers
        </h2>
        <IdleForm initial={global} />
      </section>
      <section aria-labelledby="clinic" className="space-y-3">
        <h2 id="clinic" className="text-lg font-semibold">
          Clinic settings
        </h2>
        <ClinicPicker teams={teams} value={teamId} onChange={setTeamId} />
        {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
        {teamId && <DisplayLinks key={`displays-${teamId}`} teamId={teamId} />}
        {query.data && team && (
          <TeamSettingsForm key={teamId} teamId={teamId} queues={team.queues} initial={query.data} />
        )}
      </section>
    </div>
  );
}
