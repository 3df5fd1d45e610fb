import 'server-only';
import { recordAudit } from '../../audit';
import { agentAudit, takeCall, type AgentPrincipal } from '../principal';
import { toolsFor } from './server';

interface Message {
  method?: unknown;
  params?: { name?: unknown; arguments?: { teamId?: unknown } };
}

/**
 * A call to a tool this token does not list (a read token trying claim_caller) never reaches a
 * tool's code: the SDK answers "not found". It is still a call: counted and audited as refused.
 */
export async function noteUnlistedCalls(principal: AgentPrincipal, request: Request, body: unknown): Promise<void> {
  const listed = new Set(toolsFor(principal).map((t) => t.name));
  const messages = (Array.isArray(body) ? body : [body]) as Message[];
  for (const m of messages) {
    if (!m || m.method !== 'tools/call' || typeof m.params?.name !== 'string' || listed.has(m.params.name)) continue;
    await takeCall(principal.tokenId);
    const teamId = m.params.arguments?.teamId;
    await recordAudit(agentAudit(principal, request.headers), {
      action: 'agent.call',
      resourceType: 'agent_token',
      resourceId: principal.tokenId,
      teamId: typeof teamId === 'string' && principal.staff.teamIds.includes(teamId) ? teamId : null,
      changes: { tool: m.params.name.slice(0, 100), outcome: 'refused', code: 'tool_not_allowed' },
    });
  }
}
