'use client';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, Fragment, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { TeamRef } from '@/lib/core/team';
import type { NewUser } from '@/lib/staff/schemas';
import { ROLE_LABEL, type Role } from '@/lib/staff/roles';
import type { StaffUser } from '@/lib/staff/types';
import { TeamCheckboxes } from './team-checkboxes';
import { UserEditor } from './user-editor';

export function UsersAdmin({ teams }: { teams: TeamRef[] }) {
  const users = useQuery({
    queryKey: queryKeys.adminUsers,
    queryFn: () => fetchJson<{ users: StaffUser[] }>('/api/admin/users'),
  });
  const create = useApiMutation<NewUser, { user: StaffUser; temporaryPassword: string | null }>(
    'POST',
    (body) => ({ url: '/api/admin/users', body }),
    [queryKeys.adminUsers],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const teamName = new Map(teams.map((t) => [t.id, t.name]));

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const password = String(form.get('password') ?? '');
    create.mutate(
      {
        name: String(form.get('name')),
        email: String(form.get('email')),
        role: String(form.get('role')) as Role,
        teamIds: form.getAll('teamIds').map(String),
        ...(password ? { password } : {}),
      },
      { onSuccess: () => formElement.reset() },
    );
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="add-person" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="add-person" className="mb-3 text-lg font-semibold">
          Add a person
        </h2>
        <form onSubmit={add} className="grid gap-3 sm:grid-cols-2">
          <TextField label="Name" name="name" required />
          <TextField label="Email" name="email" type="email" required />
          <SelectField label="Role" name="role" defaultValue="receptionist">
            {Object.entries(ROLE_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            hint="Leave empty to get a temporary password to hand over."
          />
          <TeamCheckboxes teams={teams} selected={[]} />
          <div className="sm:col-span-2">
            <Button type="submit" disabled={create.isPending}>
              Add person
            </Button>
          </div>
        </form>
        <div className="mt-3">
          {create.isError && <Notice tone="error">{create.error.message}</Notice>}
          {create.isSuccess && (
            <Notice tone="success">
              Added {create.data.user.name}.
              {create.data.temporaryPassword && (
                <>
                  {' '}
                  Their temporary password is <code className="font-bold">{create.data.temporaryPassword}</code>. It is
                  shown only now.
                </>
              )}
            </Notice>
          )}
        </div>
      </section>

      {users.isError && <Notice tone="error">{users.error.message}</Notice>}
      <table className="w-full rounded-lg bg-surface text-left text-sm text-fg">
        <caption className="sr-only">Staff accounts</caption>
        <TableHead columns={['Name', 'Email', 'Role', 'Teams', 'Status', { label: 'Actions', hidden: true }]} />
        <tbody>
          {users.data?.users.map((u) => (
            <Fragment key={u.id}>
              <tr className="border-b border-line" data-user-email={u.email}>
                <td className="p-2 font-medium">{u.name}</td>
                <td className="p-2">{u.email}</td>
                <td className="p-2">{ROLE_LABEL[u.role]}</td>
                <td className="p-2">{u.teamIds.map((id) => teamName.get(id) ?? id).join(', ') || '—'}</td>
                <td className="p-2">
                  {u.disabled ? '⛔ Disabled' : '✓ Active'}
                  {u.ssoLinkedAt && <span className="block text-xs text-fg-muted">Single sign-on linked</span>}
                </td>
                <td className="p-2 text-right">
                  <Button
                    variant="secondary"
                    onClick={() => setEditing(editing === u.id ? null : u.id)}
                    aria-expanded={editing === u.id}
                  >
                    Edit<span className="sr-only"> {u.name}</span>
                  </Button>
                </td>
              </tr>
              {editing === u.id && (
                <tr>
                  <td colSpan={6}>
                    <UserEditor user={u} teams={teams} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
