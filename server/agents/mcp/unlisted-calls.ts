import 'server-only';
import { recordAudit } from '../../audit';
import { agentAudit, takeCall, type AgentPrincipal } from '../principal';
import { toolsFor } from './server';

const MAX_BATCH = 100;
/** What a tool name can look like; anything else (a NUL, half an emoji) is not stored as given. */
const TOOL_NAME = /^[\w:.-]{1,64}$/;

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
  // The SDK refuses a batch this long whole, so none of it is a call; and a thousand audited
  // refusals from one request would be a way to flood the log.
  if (messages.length > MAX_BATCH) return;
  for (const m of messages) {
    if (!m || m.method !== 'tools/call' || typeof m.params?.name !== 'string' || listed.has(m.params.name)) continue;
    await takeCall(principal.tokenId);
    const teamId = m.params.arguments?.teamId;
    await recordAudit(agentAudit(principal, request.headers), {
      action: 'agent.call',
      resourceType: 'agent_token',
      resourceId: principal.tokenId,
      teamId: typeof teamId === 'string' && principal.staff.teamIds.includes(teamId) ? teamId : null,
      changes: {
        tool: TOOL_NAME.test(m.params.name) ? m.params.name : '(not a tool name)',
        outcome: 'refused',
        code: 'tool_not_allowed',
      },
    });
  }
}
