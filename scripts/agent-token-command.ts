// `npm run user -- token …`: an agent token made for someone from the command line (scripts/user.ts).
import { AGENT_SCOPES, agentTokenInput, type AgentScope, type AgentTokenInput } from '@/lib/agents/scopes';
import { createAgentToken } from '@/server/agents/tokens';
import type { AuditContext } from '@/server/audit';
import { activeStaff } from '@/server/auth/session';
import { findUserByEmail } from '@/server/staff/users';

export const TOKEN_USAGE =
  '  npm run user -- token --email EMAIL --name NAME [--scopes read,triage] [--days 30] [--team TEAM_ID ...]';

/** A refusal the command prints as it is, with the usage (exit code 2). */
export class CliError extends Error {}

export interface TokenArgs {
  email?: string;
  name?: string;
  scopes?: string;
  days?: string;
  team?: string[];
}

/** The command line as the token API's input, or a CliError saying what to fix. Checks nothing in the database. */
export function parseTokenArgs(values: TokenArgs): { email: string; input: AgentTokenInput } {
  if (!values.email) throw new CliError('Give --email: whose token it is.');
  if (!values.name) throw new CliError('Give --name: what the token is for, such as "Claude on the front desk".');
  const scopes = (values.scopes ?? 'read')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = scopes.filter((s) => !(AGENT_SCOPES as readonly string[]).includes(s));
  if (unknown.length)
    throw new CliError(
      `Unknown scope${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')}. Scopes are ${AGENT_SCOPES.join(', ')}, separated by commas.`,
    );
  if (values.days !== undefined && !/^\d+$/.test(values.days.trim()))
    throw new CliError('--days is a whole number from 1 to 90.');
  const input = {
    name: values.name,
    scopes: scopes as AgentScope[],
    ...(values.team?.length ? { teamIds: values.team } : {}),
    ...(values.days !== undefined ? { days: Number(values.days) } : {}),
  };
  const checked = agentTokenInput.safeParse(input);
  if (!checked.success) throw new CliError(checked.error.issues.map((i) => i.message).join('\n'));
  return { email: values.email, input };
}

/** Makes the token and answers the lines to print: the secret once, and that it is shown once. */
export async function tokenCommand(cli: AuditContext, values: TokenArgs): Promise<string[]> {
  const { email, input } = parseTokenArgs(values);
  const row = await findUserByEmail(email);
  if (!row) throw new CliError(`No account with email ${email}.`);
  // Disabled accounts have no principal: a token made for one would be refused on every call.
  const owner = await activeStaff(row.id);
  if (!owner) throw new CliError(`${row.email} is disabled: enable the account first (npm run user -- enable).`);
  const { sessionVersion: _, ...staff } = owner;
  const { token, view } = await createAgentToken(cli, staff, input);
  return [
    `Agent token "${view.name}" for ${row.email} (${view.scopes.join(', ')}), until ${view.expiresAt}:`,
    token,
    'This is the only time it is shown: copy it into the assistant now. Revoke it on the Agent access page.',
  ];
}
