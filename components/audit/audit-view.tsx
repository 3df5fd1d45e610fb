'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { TeamRef } from '@/lib/core/team';
import { actionLabel, AUDIT_ACTIONS } from '@/lib/audit/actions';

interface Entry {
  id: number;
  at: string;
  actorEmail: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  teamId: string | null;
  ip: string | null;
}

interface Props {
  users: { id: string; name: string; email: string }[];
  teams: TeamRef[];
}

const EMPTY = { actorId: '', action: '', teamId: '', from: '', until: '' };

export function AuditView({ users, teams }: Props) {
  const [filters, setFilters] = useState(EMPTY);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const results = useInfiniteQuery({
    queryKey: queryKeys.audit(query),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      fetchJson<{ entries: Entry[]; nextBeforeId: number | null }>(
        `/api/audit?${query}${pageParam ? `&beforeId=${pageParam}` : ''}&limit=50`,
        { signal },
      ),
    getNextPageParam: (last) => (last.entries.length === 50 ? last.nextBeforeId : null),
  });
  const entries = results.data?.pages.flatMap((p) => p.entries) ?? [];

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFilters({
      actorId: String(form.get('actorId') ?? ''),
      action: String(form.get('action') ?? ''),
      teamId: String(form.get('teamId') ?? ''),
      from: String(form.get('from') ?? ''),
      until: String(form.get('until') ?? ''),
    });
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={apply}
        aria-label="Filter the audit log"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <SelectField label="Person" name="actorId" defaultValue="">
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </SelectField>
        <SelectField label="Action" name="action" defaultValue="">
          <option value="">Any action</option>
          {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Team" name="teamId" defaultValue="">
          <option value="">All my teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" />
        <TextField label="Until" name="until" type="date" />
        <div className="flex items-end gap-2">
          <Button type="submit">Apply</Button>
          <a
            href={`/api/audit/export?${query}`}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand"
          >
            Export CSV
          </a>
        </div>
      </form>

      {results.isError && <Notice tone="error">{results.error.message}</Notice>}
      <table className="w-full rounded-lg bg-white text-left text-sm">
        <caption className="sr-only">Audit entries, newest first</caption>
        <TableHead columns={['When', 'Who', 'Action', 'Resource', 'Team', 'From']} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-100" data-action={e.action}>
              <td className="p-2 tabular-nums">{new Date(e.at).toLocaleString('en-AU')}</td>
              <td className="p-2">{e.actorEmail ?? 'system'}</td>
              <td className="p-2">{actionLabel(e.action)}</td>
              <td className="p-2 font-mono text-xs">
                {e.resourceType}
                {e.resourceId ? ` ${e.resourceId.slice(0, 8)}` : ''}
              </td>
              <td className="p-2">{e.teamId ? (teamName.get(e.teamId) ?? e.teamId.slice(0, 8)) : '—'}</td>
              <td className="p-2 font-mono text-xs">{e.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {results.isSuccess && entries.length === 0 && <p role="status">No entries match these filters.</p>}
      {results.hasNextPage && (
        <Button variant="secondary" onClick={() => void results.fetchNextPage()} disabled={results.isFetchingNextPage}>
          {results.isFetchingNextPage ? 'Loading…' : 'Load older entries'}
        </Button>
      )}
    </div>
  );
}
