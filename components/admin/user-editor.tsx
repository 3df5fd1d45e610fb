'use client';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { TeamRef } from '@/lib/core/team';
import type { UserChanges } from '@/lib/staff/schemas';
import { ROLE_LABEL } from '@/lib/staff/roles';
import { TeamCheckboxes } from './team-checkboxes';
import type { StaffUser } from '@/lib/staff/types';

export function UserEditor({ user, teams, onDone }: { user: StaffUser; teams: TeamRef[]; onDone: () => void }) {
  const save = useApiMutation<UserChanges>('PATCH', (body) => ({ url: `/api/admin/users/${user.id}`, body }), [
    queryKeys.adminUsers,
  ]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    save.mutate(
      {
        name: String(form.get('name')),
        role: String(form.get('role')) as StaffUser['role'],
        teamIds: form.getAll('teamIds').map(String),
        disabled: form.get('disabled') === 'on',
        ...(password ? { password } : {}),
        ...(form.get('unlinkSso') === 'on' ? { unlinkSso: true as const } : {}),
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={submit} aria-label={`Edit ${user.name}`} className="grid gap-3 bg-surface-2 p-3 sm:grid-cols-2">
      <TextField label="Name" name="name" defaultValue={user.name} required />
      <SelectField label="Role" name="role" defaultValue={user.role}>
        {Object.entries(ROLE_LABEL).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TeamCheckboxes teams={teams} selected={user.teamIds} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to keep the current one. At least 12 characters."
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="disabled" defaultChecked={user.disabled} /> Account disabled (signs the person out
        everywhere)
      </label>
      {user.ssoLinkedAt && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="unlinkSso" /> Unlink single sign-on (their next single sign-on links them again
          by email: use it when their organisation account was replaced)
        </label>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={save.isPending}>
          Save changes
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {save.isError && (
        <div className="sm:col-span-2">
          <Notice tone="error">{save.error.message}</Notice>
        </div>
      )}
    </form>
  );
}
