'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bot } from 'lucide-react';
import { useRef, useState } from 'react';
import { fetchJson } from '@/components/api-client/fetch-json';
import { Notice } from '@/components/ui/notice';
import type { AgentTokenView } from '@/lib/agents/scopes';
import { byState } from '@/lib/agents/token-state';
import { queryKeys } from '@/lib/core/query-keys';
import type { TeamRef } from '@/lib/core/team';
import type { Role } from '@/lib/staff/roles';
import { type MadeToken, NewTokenForm } from './new-token-form';
import { NewTokenSecret } from './new-token-secret';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokenTable } from './token-table';

const SECTION = 'space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-5';

/** A person's own agent tokens: the list, making one (its secret shown once), and revoking. */
export function AgentAccess({ role, teams, mcpUrl }: { role: Role; teams: TeamRef[]; mcpUrl: string }) {
  const client = useQueryClient();
  const tokens = useQuery({
    queryKey: queryKeys.agentTokens,
    queryFn: () => fetchJson<{ tokens: AgentTokenView[] }>('/api/me/agent-tokens').then((r) => r.tokens),
  });
  const [made, setMade] = useState<MadeToken | null>(null);
  const [revoking, setRevoking] = useState<AgentTokenView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const clinicNames = new Map(teams.map((t) => [t.id, t.name]));
  const now = tokens.dataUpdatedAt;

  return (
    <div className="space-y-6">
      {made && <NewTokenSecret made={made} mcpUrl={mcpUrl} onDone={() => setMade(null)} />}

      <section aria-labelledby="tokens-title" className={SECTION}>
        <h2 id="tokens-title" className="text-heading text-fg">
          Your agent tokens
        </h2>
        {revoked && (
          <Notice tone="success">“{revoked}” is revoked: the assistant using it is refused from now on.</Notice>
        )}
        {tokens.isError && <Notice tone="error">{tokens.error.message}</Notice>}
        {tokens.isPending && <p className="text-body text-fg-muted">Reading your tokens…</p>}
        {tokens.data?.length === 0 && (
          <div className="flex items-start gap-3 rounded-md border border-dashed border-line-strong bg-surface-2 p-4">
            <Bot aria-hidden="true" size={22} className="mt-0.5 shrink-0 text-fg-muted" />
            <div className="space-y-1">
              <p className="text-body font-semibold text-fg">No agent tokens yet</p>
              <p className="max-w-prose text-body text-fg-muted">
                A token lets an AI assistant (Claude, Cursor or another MCP client) read the queue and, if you allow it,
                do front-desk work for you. Make one below when you set an assistant up.
              </p>
            </div>
          </div>
        )}
        {tokens.data && tokens.data.length > 0 && (
          <TokenTable
            ref={table}
            tokens={byState(tokens.data, now)}
            clinicNames={clinicNames}
            allClinicsLabel="All your clinics"
            now={now}
            onRevoke={(t) => {
              setRevoked(null);
              setRevoking(t);
            }}
            caption="Your agent tokens, working ones first"
          />
        )}
      </section>

      <section aria-labelledby="make-title" className={SECTION}>
        <div className="space-y-1">
          <h2 id="make-title" className="text-heading text-fg">
            Make an agent token
          </h2>
          <p className="max-w-prose text-body-sm text-fg-muted">
            One token per assistant, so each can be revoked on its own. You can see the token once, when it is made.
          </p>
        </div>
        <NewTokenForm
          role={role}
          teams={teams}
          onMade={(m) => {
            setRevoked(null);
            setMade(m);
            void client.invalidateQueries({ queryKey: queryKeys.agentTokens });
          }}
        />
      </section>

      <RevokeTokenDialog
        token={revoking}
        whose={() => 'your'}
        url={(t) => `/api/me/agent-tokens/${t.id}`}
        onCancel={() => setRevoking(null)}
        onRevoked={async (t) => {
          setRevoking(null);
          setRevoked(t.name);
          if (made?.agentToken.id === t.id) setMade(null);
          await client.invalidateQueries({ queryKey: queryKeys.agentTokens });
          // The Revoke button that had focus is gone: the keyboard goes to the table, where the person was.
          table.current?.focus();
        }}
      />
    </div>
  );
}
