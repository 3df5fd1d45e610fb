import { AgentAccess } from '@/components/agents/agent-access';
import { requireStaff } from '@/server/auth/page';
import { publicUrl } from '@/server/env';
import { listTeams } from '@/server/staff/teams';

export default async function AgentAccessPage() {
  const staff = await requireStaff();
  const teams = await listTeams({ ids: staff.teamIds });
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Agent access</h1>
      <p className="mb-5 max-w-prose text-sm text-fg-muted">
        An agent token lets an AI assistant work in Waitboard as you: only in your clinics, only what you allow, and
        every call in the audit log as “via agent token” and its name. Revoke a token here the moment it is not needed.
      </p>
      <AgentAccess
        role={staff.role}
        teams={teams.map((t) => ({ id: t.id, name: t.name }))}
        mcpUrl={publicUrl('/api/mcp')}
      />
    </>
  );
}
