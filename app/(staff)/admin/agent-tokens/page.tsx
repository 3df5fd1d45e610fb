import { AdminAgentTokens } from '@/components/agents/admin-agent-tokens';
import { listTeams } from '@/server/staff/teams';

export default async function AdminAgentTokensPage() {
  const teams = await listTeams();
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Agent tokens</h1>
      <p className="mb-4 max-w-prose text-sm text-fg-muted">
        Every agent token staff have made, and what each may do. A token never does more than its owner can; revoke one
        here if it should not be in use (its owner sees it revoked on their Agent access page). The audit log shows what
        each token did.
      </p>
      <AdminAgentTokens teams={teams.map((t) => ({ id: t.id, name: t.name }))} />
    </>
  );
}
