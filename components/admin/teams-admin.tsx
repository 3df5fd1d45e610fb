'use client';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { ManagedTeam } from '@/lib/core/team';
import { TeamCard } from './team-card';
import { TimeZonePicker } from '@/components/time-zone/time-zone-picker';

export function TeamsAdmin() {
  const teams = useQuery({
    queryKey: queryKeys.adminTeams,
    queryFn: () => fetchJson<{ teams: ManagedTeam[] }>('/api/admin/teams'),
  });
  const create = useApiMutation<{ id: string; name: string; timezone: string }>(
    'POST',
    (body) => ({ url: '/api/admin/teams', body }),
    [queryKeys.adminTeams],
  );

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    create.mutate(
      { id: String(form.get('id')), name: String(form.get('name')), timezone: String(form.get('timezone')) },
      { onSuccess: () => formElement.reset() },
    );
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="add-team" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="add-team" className="mb-3 text-lg font-semibold">
          Add a team
        </h2>
        <form onSubmit={add} className="grid items-end gap-3 sm:grid-cols-4">
          <TextField label="Coviu team id" name="id" required />
          <TextField label="Clinic name" name="name" required />
          <TimeZonePicker defaultValue="Australia/Sydney" />
          <Button type="submit" disabled={create.isPending}>
            Add team
          </Button>
        </form>
        <div className="mt-3">{create.isError && <Notice tone="error">{create.error.message}</Notice>}</div>
      </section>
      {teams.isError && <Notice tone="error">{teams.error.message}</Notice>}
      {teams.data?.teams.map((t) => (
        <TeamCard key={t.id} team={t} />
      ))}
    </div>
  );
}
