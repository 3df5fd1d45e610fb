import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AgentScope } from '@/lib/agents/scopes';
import { scopeAllowedFor } from '@/lib/agents/scopes';
import type { AuditContext } from '../audit';
import { clientInfo } from '../auth/client-info';
import { activeStaff, type Staff } from '../auth/session';
import { db } from '../db';
import { agentTokens } from '../db/schema';
import { env } from '../env';
import { HttpError } from '../errors';
import { hashAgentToken, looksLikeAgentToken } from './tokens';

/** Who an agent acts as: its owner as they are now, narrowed to the token's clinics and scopes. */
export interface AgentPrincipal {
  tokenId: string;
  tokenName: string;
  scopes: ReadonlySet<AgentScope>;
  staff: Staff;
  expiresAt: Date;
}

/** The bearer in `Authorization`, or null. Cookies are never read: a browser cannot be made to act. */
export function bearerOf(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/**
 * The principal for a bearer token, re-read on every request: a revoked or expired token, a
 * disabled owner, or one who lost the clinic is refused at once, on every instance.
 */
export async function agentFromBearer(token: string | null, now = new Date()): Promise<AgentPrincipal | null> {
  if (!token || !looksLikeAgentToken(token)) return null;
  const [row] = await (
    await db()
  )
    .select()
    .from(agentTokens)
    .where(
      and(
        eq(agentTokens.tokenHash, hashAgentToken(token)),
        isNull(agentTokens.revokedAt),
        gt(agentTokens.expiresAt, now),
      ),
    );
  if (!row) return null;
  const owner = await activeStaff(row.userId);
  if (!owner) return null;
  const { sessionVersion: _, ...staff } = owner;
  const teamIds = row.teamIds ? staff.teamIds.filter((id) => row.teamIds!.includes(id)) : staff.teamIds;
  const scopes = (row.scopes as AgentScope[]).filter((s) => scopeAllowedFor(s, staff.role));
  return {
    tokenId: row.id,
    tokenName: row.name,
    scopes: new Set(scopes),
    staff: { ...staff, teamIds },
    expiresAt: row.expiresAt,
  };
}

/** Who did it, for every audit entry of an agent's request: the person, "via agent token NAME". */
export function agentAudit(principal: AgentPrincipal, headers: Headers): AuditContext {
  return {
    ...clientInfo(headers),
    actor: { id: principal.staff.id, email: principal.staff.email },
    agent: { tokenId: principal.tokenId, name: principal.tokenName },
  };
}

/** The clinic, if this token may act in it; otherwise the refusal, in the same words everywhere. */
export function agentClinic(principal: AgentPrincipal, teamId: string): string {
  if (!principal.staff.teamIds.includes(teamId))
    throw new HttpError(
      403,
      'forbidden_team',
      'This agent token cannot act in that clinic: it is not one of its clinics.',
    );
  return teamId;
}

export type CallAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one tool call against the token's one-minute window, in its row, so every instance
 * shares the count; also stamps its last use. The row lock makes concurrent calls count apart.
 */
export async function takeCall(tokenId: string, limit = env().AGENT_CALLS_PER_MINUTE): Promise<CallAllowance> {
  const fresh = sql`${agentTokens.windowStart} <= now() - interval '60 seconds'`;
  const [row] = await (
    await db()
  )
    .update(agentTokens)
    .set({
      windowStart: sql`case when ${fresh} then now() else ${agentTokens.windowStart} end`,
      windowCalls: sql`case when ${fresh} then 1 else ${agentTokens.windowCalls} + 1 end`,
      lastUsedAt: sql`now()`,
    })
    .where(eq(agentTokens.id, tokenId))
    .returning({
      calls: agentTokens.windowCalls,
      resetIn: sql<number>`extract(epoch from (${agentTokens.windowStart} + interval '60 seconds' - now()))`,
    });
  if (!row || row.calls <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(row.resetIn))) };
}
