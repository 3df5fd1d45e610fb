'use client';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import {
  AVAILABILITY_LABEL,
  AVAILABILITY_STATES,
  type Availability,
  type RosterPractitioner,
} from '@/lib/practitioners/types';
import { AvailabilityBadge } from './availability-badge';
import { useChangePractitioner, useSetAvailability } from './use-roster';

interface Props {
  teamId: string;
  practitioner: RosterPractitioner;
  members: { id: string; name: string }[];
  canSetAvailability: boolean;
  canManage: boolean;
}

export function RosterRow({ teamId, practitioner: p, members, canSetAvailability, canManage }: Props) {
  const setAvailability = useSetAvailability(teamId);
  const change = useChangePractitioner(teamId);
  const [editing, setEditing] = useState(false);
  const error = setAvailability.error ?? change.error;
  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes = {
      name: String(form.get('name') ?? ''),
      coviuName: String(form.get('coviuName') ?? '') || null,
      userId: String(form.get('userId') ?? '') || null,
    };
    change.mutate({ id: p.id, changes }, { onSuccess: () => setEditing(false) });
  }
  return (
    <li
      className={`space-y-2 p-3 ${p.active ? '' : 'bg-surface-2 text-fg-muted'}`}
      data-testid="roster-entry"
      data-name={p.name}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <span className="font-medium">{p.name}</span>
          {!p.active && <span className="text-xs font-semibold uppercase">Inactive</span>}
          {p.active && <AvailabilityBadge practitioner={p} />}
          <span className="text-label text-fg-muted">
            {p.userName ? `Staff account: ${p.userName}` : 'No staff account'}
            {p.coviuName && p.coviuName !== p.name ? ` · In Coviu: ${p.coviuName}` : ''}
            {p.manual.setBy && p.manual.setAt
              ? ` · ${AVAILABILITY_LABEL[p.manual.state]} set by ${p.manual.setBy} at ${new Date(p.manual.setAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
              : ''}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {p.active && canSetAvailability && (
            <select
              aria-label={`Availability of ${p.name}`}
              value={p.manual.state}
              disabled={setAvailability.isPending}
              onChange={(e) => setAvailability.mutate({ id: p.id, availability: e.target.value as Availability })}
              className="min-h-8 rounded border border-line-strong bg-surface px-2 py-1 text-sm text-fg focus:border-brand focus:ring-2 focus:ring-brand/40 focus:outline-none"
            >
              {AVAILABILITY_STATES.map((s) => (
                <option key={s} value={s}>
                  {AVAILABILITY_LABEL[s]}
                </option>
              ))}
            </select>
          )}
          {canManage && (
            <>
              <Button variant="secondary" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
                {editing ? 'Cancel' : 'Edit'}
                <span className="sr-only"> {p.name}</span>
              </Button>
              <Button
                variant="secondary"
                disabled={change.isPending}
                onClick={() => change.mutate({ id: p.id, changes: { active: !p.active } })}
              >
                {p.active ? 'Deactivate' : 'Reactivate'}
                <span className="sr-only"> {p.name}</span>
              </Button>
            </>
          )}
        </div>
      </div>
      {editing && (
        <form
          onSubmit={save}
          noValidate
          className="grid gap-2 sm:grid-cols-3 sm:items-end"
          aria-label={`Edit ${p.name}`}
        >
          <TextField label="Name" name="name" defaultValue={p.name} required maxLength={120} />
          <TextField label="Name in Coviu" name="coviuName" defaultValue={p.coviuName ?? ''} maxLength={120} />
          <SelectField label="Staff account" name="userId" defaultValue={p.userId ?? ''}>
            <option value="">No staff account</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <div>
            <Button type="submit" disabled={change.isPending}>
              Save
            </Button>
          </div>
        </form>
      )}
      {error && <Notice tone="error">{error.message}</Notice>}
    </li>
  );
}
