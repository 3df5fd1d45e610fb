'use client';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { ManagedTeam } from '@/lib/core/team';
import { TimeZonePicker } from '@/components/time-zone/time-zone-picker';

const KEY = [queryKeys.adminTeams];

export function TeamCard({ team }: { team: ManagedTeam }) {
  const update = useApiMutation<{ name: string; timezone: string }>(
    'PATCH',
    (body) => ({ url: `/api/admin/teams/${team.id}`, body }),
    KEY,
  );
  const addQueue = useApiMutation<{ id: string; name: string }>(
    'POST',
    (body) => ({ url: `/api/admin/teams/${team.id}/queues`, body }),
    KEY,
  );
  const changeQueue = useApiMutation<{ queueId: string; name?: string; archived?: boolean }>(
    'PATCH',
    ({ queueId, ...body }) => ({ url: `/api/admin/teams/${team.id}/queues/${queueId}`, body }),
    KEY,
  );
  const error = update.error ?? addQueue.error ?? changeQueue.error;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate({ name: String(form.get('name')), timezone: String(form.get('timezone')) });
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    addQueue.mutate(
      { id: String(form.get('id')), name: String(form.get('name')) },
      { onSuccess: () => formElement.reset() },
    );
  }

  return (
    <section aria-labelledby={`team-${team.id}`} className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <h2 id={`team-${team.id}`} className="text-lg font-semibold">
        {team.name} <span className="font-mono text-xs font-normal text-fg-subtle">{team.id}</span>
      </h2>
      <form onSubmit={save} aria-label={`Settings of ${team.name}`} className="grid items-end gap-3 sm:grid-cols-3">
        <TextField label="Clinic name" name="name" defaultValue={team.name} required />
        <TimeZonePicker defaultValue={team.timezone} />
        <Button type="submit" disabled={update.isPending}>
          Save team
        </Button>
      </form>
      <table className="w-full text-left text-sm">
        <caption className="text-left text-sm font-medium text-fg">Waiting queues</caption>
        <thead className="text-fg-muted">
          <tr>
            <th scope="col" className="py-1">
              Name
            </th>
            <th scope="col" className="py-1">
              Coviu queue id
            </th>
            <th scope="col" className="py-1">
              Status
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.queues.map((q) => (
            <tr key={q.id} className="border-t border-line">
              <td className="py-1">
                <label className="sr-only" htmlFor={`q-${q.id}`}>
                  Name of queue {q.name}
                </label>
                <input
                  id={`q-${q.id}`}
                  defaultValue={q.name}
                  className="rounded border border-line-strong px-2 py-1"
                  onBlur={(e) =>
                    e.target.value.trim() &&
                    e.target.value !== q.name &&
                    changeQueue.mutate({ queueId: q.id, name: e.target.value })
                  }
                />
              </td>
              <td className="py-1 font-mono text-xs">{q.id}</td>
              <td className="py-1">
                {q.archived ? 'Archived' : q.source === 'discovered' ? 'Found in calls' : 'Active'}
              </td>
              <td className="py-1 text-right">
                <Button
                  variant="secondary"
                  onClick={() => changeQueue.mutate({ queueId: q.id, archived: !q.archived })}
                >
                  {q.archived ? 'Restore' : 'Archive'}
                  <span className="sr-only"> {q.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} aria-label={`Add a queue to ${team.name}`} className="grid items-end gap-3 sm:grid-cols-3">
        <TextField label="New queue's Coviu id" name="id" required />
        <TextField label="New queue's name" name="name" required />
        <Button type="submit" variant="secondary" disabled={addQueue.isPending}>
          Add queue
        </Button>
      </form>
      {error && <Notice tone="error">{error.message}</Notice>}
    </section>
  );
}
