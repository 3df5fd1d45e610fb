import { AuditView } from '@/components/audit/audit-view';
import { listAgentTokens } from '@/server/agents/tokens';
import { requireStaff } from '@/server/auth/page';
import { listTeams } from '@/server/staff/teams';
import { listUsers } from '@/server/staff/users';

export default async function AuditPage() {
  const staff = await requireStaff();
  const [users, teams, tokens] = await Promise.all([listUsers(), listTeams({ ids: staff.teamIds }), listAgentTokens()]);
  // A manager narrows to the tokens of their clinics' staff: the only agents whose entries they see.
  const colleagues = new Set(
    users.filter((u) => staff.role === 'admin' || u.teamIds.some((id) => staff.teamIds.includes(id))).map((u) => u.id),
  );
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">Audit log</h1>
      <p className="mb-4 text-sm text-fg-muted">
        Everything staff did in Waitboard, who did it, when and from where. Hover a name for their email; the CSV export
        has the full record.
      </p>
      <AuditView
        users={users.map((u) => ({ id: u.id, name: u.name, email: u.email }))}
        teams={teams.map((t) => ({ id: t.id, name: t.name, timezone: t.timezone }))}
        agentTokens={tokens
          .filter((t) => colleagues.has(t.owner.id))
          .map((t) => ({ id: t.id, name: t.name, ownerName: t.owner.name }))}
        namesHidden={staff.preferences.privacyMode === true}
      />
    </>
  );
}
