'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { fetchJson } from '@/components/api-client/fetch-json';
import { Notice } from '@/components/ui/notice';
import type { AgentTokenView } from '@/lib/agents/scopes';
import { byState, tokenState, type TokenState } from '@/lib/agents/token-state';
import { queryKeys } from '@/lib/core/query-keys';
import type { TeamRef } from '@/lib/core/team';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokenTable } from './token-table';

const COUNTED: [TokenState, string][] = [
  ['active', 'working'],
  ['expired', 'expired'],
  ['revoked', 'revoked'],
];

/** Every person's agent tokens, for an administrator to review and revoke. */
export function AdminAgentTokens({ teams }: { teams: TeamRef[] }) {
  const client = useQueryClient();
  const tokens = useQuery({
    queryKey: queryKeys.adminAgentTokens,
    queryFn: () => fetchJson<{ tokens: AgentTokenView[] }>('/api/admin/agent-tokens').then((r) => r.tokens),
  });
  const [revoking, setRevoking] = useState<AgentTokenView | null>(null);
  const [revoked, setRevoked] = useState<AgentTokenView | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const now = tokens.dataUpdatedAt;
  const list = tokens.data ?? [];
  const counts = COUNTED.map(
    ([state, word]) => [list.filter((t) => tokenState(t, now) === state).length, word] as const,
  )
    .filter(([n, word]) => n > 0 || word === 'working')
    .map(([n, word]) => `${n} ${word}`);

  return (
    <div className="space-y-3">
      {revoked && (
        <Notice tone="success">
          {revoked.owner.name}’s token “{revoked.name}” is revoked: the assistant using it is refused from now on.
        </Notice>
      )}
      {tokens.isError && <Notice tone="error">{tokens.error.message}</Notice>}
      {tokens.isPending && <p className="text-body text-fg-muted">Reading agent tokens…</p>}
      {tokens.isSuccess && (
        <p className="text-sm text-fg-muted" role="status">
          {list.length === 0
            ? 'No one has made an agent token yet.'
            : `${list.length} ${list.length === 1 ? 'token' : 'tokens'}: ${counts.join(', ')}. Working ones first.`}
        </p>
      )}
      {list.length > 0 && (
        <TokenTable
          ref={table}
          tokens={byState(list, now)}
          clinicNames={new Map(teams.map((t) => [t.id, t.name]))}
          allClinicsLabel="All their clinics"
          showOwner
          now={now}
          onRevoke={(t) => {
            setRevoked(null);
            setRevoking(t);
          }}
          caption="Everyone’s agent tokens, working ones first"
        />
      )}
      <RevokeTokenDialog
        token={revoking}
        whose={(t) => `${t.owner.name}’s`}
        url={(t) => `/api/admin/agent-tokens/${t.id}`}
        onCancel={() => setRevoking(null)}
        onRevoked={async (t) => {
          setRevoking(null);
          setRevoked(t);
          await client.invalidateQueries({ queryKey: queryKeys.adminAgentTokens });
          table.current?.focus();
        }}
      />
    </div>
  );
}
