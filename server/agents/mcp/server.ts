import 'server-only';
import { McpServer, type ServerContext } from '@modelcontextprotocol/server';
import { publicUrl } from '../../env';
import { agentAudit, agentClinic, type AgentPrincipal } from '../principal';
import { AGENT_TOOLS } from '../tools';
import { registerAgentTool } from './register';
import type { AgentTool, ToolContext } from './tool';

const INSTRUCTIONS = [
  'Waitboard is a clinic’s telehealth waiting room and session book. You act as the staff member who made your token, within its scopes and clinics.',
  'Start with list_clinics. Waits and levels come from the live waiting room; a refusal says why, in the words staff see, and nothing was sent to Coviu.',
  'cancel_session and remove_participant answer first with a summary and a confirmation handle: ask the person, then call again with it.',
  'Recordings are links for the person to open, never content to read.',
].join('\n');

/** The tools this token may see: its scopes decide, and tools it may not use are not listed at all. */
export function toolsFor(principal: AgentPrincipal): AgentTool[] {
  return AGENT_TOOLS.filter((t) => principal.scopes.has(t.scope));
}

/** One server per HTTP request (stateless): built for the token that made it. */
export function agentServer(principal: AgentPrincipal, request: Request, era: 'legacy' | 'modern'): McpServer {
  const server = new McpServer(
    { name: 'waitboard', title: 'Waitboard', version: '1.0.0' },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  const { staff } = principal;
  const audit = agentAudit(principal, request.headers);
  // Behind `next start` the request's own URL is Next's listening host: links use the public one.
  const origin = new URL(publicUrl('/')).origin;
  const context = (mcp: ServerContext): ToolContext => ({
    principal,
    staff,
    audit,
    origin,
    mcp,
    era,
    has: (scope) => principal.scopes.has(scope),
    clinic: (teamId) => agentClinic(principal, teamId),
  });
  const canElicit = () => Boolean(server.server.getClientCapabilities()?.elicitation);
  for (const tool of toolsFor(principal)) registerAgentTool(server, tool, context, canElicit);
  return server;
}
