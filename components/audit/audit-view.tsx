'use client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { ZonedTeam } from '@/lib/core/team';
import type { AgentTokenChoice } from './agent-filter';
import { type AuditFilterValues, AuditFilters } from './audit-filters';
import type { AuditEntry } from '@/lib/audit/entry';
import { AuditTable } from './audit-table';

interface Props {
  users: { id: string; name: string; email: string }[];
  teams: ZonedTeam[];
  agentTokens: AgentTokenChoice[];
  /** The viewer hides names: callers show as initials (the server decides; this only says so). */
  namesHidden: boolean;
}

const PAGE = 50;
const NONE: Omit<AuditFilterValues, 'teamId'> = {
  actorId: '',
  action: '',
  from: '',
  until: '',
  agent: '',
  agentTokenId: '',
};

export function AuditView({ users, teams, agentTokens, namesHidden }: Props) {
  const [teamId, setTeamId] = useClinicChoice(teams, { all: true });
  const [rest, setRest] = useState(NONE);
  const [clears, setClears] = useState(0);
  const values: AuditFilterValues = { ...rest, teamId };
  // One clock for the whole list: the chosen clinic's, as a caller's arrival is told in it too.
  const timezone = (teams.find((t) => t.id === teamId) ?? teams[0])?.timezone ?? 'Australia/Sydney';
  const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString();
  const results = useInfiniteQuery({
    queryKey: queryKeys.audit(query),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      fetchJson<{ entries: AuditEntry[]; nextBeforeId: number | null }>(
        `/api/audit?${query}${pageParam ? `&beforeId=${pageParam}` : ''}&limit=${PAGE}`,
        { signal },
      ),
    getNextPageParam: (last) => (last.entries.length === PAGE ? last.nextBeforeId : null),
  });
  const entries = results.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <div className="space-y-3">
      <AuditFilters
        users={users}
        teams={teams}
        agentTokens={agentTokens}
        values={values}
        onChange={({ teamId: clinic, ...changes }) => {
          if (clinic !== undefined) setTeamId(clinic);
          setRest((x) => ({ ...x, ...changes }));
        }}
        onClear={() => {
          setRest(NONE);
          setClears((n) => n + 1);
        }}
        clears={clears}
        exportHref={`/api/audit/export?${query}`}
      />
      <p className="text-sm text-fg-muted" role="status">
        {results.isPending
          ? 'Reading the log…'
          : `${entries.length}${results.hasNextPage ? '+' : ''} ${entries.length === 1 ? 'entry' : 'entries'}, newest first, times in ${timezone}.`}{' '}
        {namesHidden
          ? 'Callers show as initials because you hide names (change it on the console).'
          : 'Callers are named while Coviu still lists them; after that, by when and where they arrived.'}
      </p>
      {results.isError && <Notice tone="error">{results.error.message}</Notice>}
      {entries.length > 0 && <AuditTable entries={entries} timezone={timezone} showClinic={!teamId} />}
      {results.isSuccess && entries.length === 0 && (
        <p className="rounded-md border border-line bg-surface p-4 text-sm">
          No entries match these filters. Try all clinics, anyone, or a wider date range.
        </p>
      )}
      {results.hasNextPage && (
        <Button variant="secondary" onClick={() => void results.fetchNextPage()} disabled={results.isFetchingNextPage}>
          {results.isFetchingNextPage ? 'Loading…' : 'Load older entries'}
        </Button>
      )}
    </div>
  );
}
