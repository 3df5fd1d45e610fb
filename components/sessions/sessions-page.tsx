'use client';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { addDays, clinicParts, formatClinicDateTime } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import { STATE_LABEL } from '@/lib/sessions/labels';
import { orderForState } from '@/lib/sessions/list-order';
import { SESSION_STATES, type SessionState } from '@/lib/sessions/state';
import type { SessionListItem } from '@/lib/sessions/view';
import { StateBadge } from './state-badge';
import type { ZonedTeam } from '@/lib/core/team';

interface ListResponse {
  sessions: SessionListItem[];
  timezone: string;
}

function matches(s: SessionListItem, search: string): boolean {
  if (!search) return true;
  const needle = search.toLocaleLowerCase();
  return [s.name ?? '', ...s.hosts, ...s.guests].some((text) => text.toLocaleLowerCase().includes(needle));
}

/**
 * Upcoming / In progress / Finished / Cancelled over a date range. The name search runs here in
 * the browser, so patients' names never travel in a URL.
 */
export function SessionsPage({ teams, initialTeamId }: { teams: ZonedTeam[]; initialTeamId?: string }) {
  const [teamId, setTeamId] = useClinicChoice(teams, { initial: initialTeamId });
  const team = teams.find((t) => t.id === teamId);
  const [from, setFrom] = useState(() => addDays(clinicParts(Date.now(), team?.timezone ?? 'UTC').date, -7));
  const [to, setTo] = useState(() => addDays(clinicParts(Date.now(), team?.timezone ?? 'UTC').date, 14));
  const [tab, setTab] = useState<SessionState>('upcoming');
  const [search, setSearch] = useState('');
  const query = useQuery({
    queryKey: queryKeys.sessions(teamId, from, to),
    queryFn: () => fetchJson<ListResponse>(`/api/teams/${teamId}/sessions?from=${from}&to=${to}`),
    enabled: Boolean(teamId && from && to),
    refetchInterval: 60_000,
  });
  const sessions = useMemo(() => (query.data?.sessions ?? []).filter((s) => matches(s, search)), [query.data, search]);
  const counts = Object.fromEntries(
    SESSION_STATES.map((s) => [s, sessions.filter((x) => x.state === s).length]),
  ) as Record<SessionState, number>;
  const shown = orderForState(
    sessions.filter((s) => s.state === tab),
    tab,
  );
  const timezone = query.data?.timezone ?? team?.timezone ?? 'UTC';

  if (!teams.length)
    return <Notice tone="info">You are not a member of any clinic yet. Ask an administrator to add you to one.</Notice>;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <ClinicPicker teams={teams} value={teamId} onChange={setTeamId} />
        <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <TextField label="Search by name" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <Link
          href={`/sessions/new?team=${teamId}`}
          className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-brand-fg focus-visible:ring-2 focus-visible:ring-brand focus-visible:ring-offset-2"
        >
          Book a session
        </Link>
      </div>
      <div role="group" aria-label="Session state" className="flex flex-wrap gap-1 border-b border-slate-200">
        {SESSION_STATES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={tab === s}
            onClick={() => setTab(s)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium focus-visible:ring-2 focus-visible:ring-brand ${tab === s ? 'border-brand text-brand' : 'border-transparent text-slate-700 hover:text-slate-900'}`}
          >
            {STATE_LABEL[s]} <span className="text-slate-600">({counts[s]})</span>
          </button>
        ))}
      </div>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending ? (
        <p className="text-sm text-slate-600">Loading sessions…</p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-slate-700">
          No {STATE_LABEL[tab].toLowerCase()} sessions between these days{search ? ' matching that name' : ''}.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-body" aria-label={`${STATE_LABEL[tab]} sessions`}>
            {/* On a phone the hosts go under the session's name, and the state is the tab's. */}
            <TableHead
              columns={[
                tab === 'finished' ? 'Started (newest first)' : 'Starts',
                'Session',
                { label: 'Hosts', className: 'hidden sm:table-cell' },
                'Guests',
                { label: 'State', className: 'hidden md:table-cell' },
              ]}
            />
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} className="border-b border-line align-top" data-session-id={s.id}>
                  <td className="p-2 whitespace-nowrap">{formatClinicDateTime(s.startTime, timezone)}</td>
                  <td className="p-2">
                    <Link
                      href={`/sessions/${teamId}/${s.id}`}
                      className="font-medium text-brand underline-offset-4 hover:underline"
                    >
                      {s.name || 'Untitled session'}
                    </Link>
                    {s.source === 'room' && <span className="ml-2 text-xs text-fg-muted">(from an admit)</span>}
                    <span className="block text-body-sm text-fg-muted sm:hidden">
                      {s.hosts.length ? `with ${s.hosts.join(', ')}` : 'no host'}
                    </span>
                  </td>
                  <td className="hidden p-2 sm:table-cell">{s.hosts.join(', ') || '—'}</td>
                  <td className="p-2">{s.guests.join(', ') || '—'}</td>
                  <td className="hidden p-2 md:table-cell">
                    <StateBadge state={s.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
