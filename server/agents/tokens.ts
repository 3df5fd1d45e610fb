import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
  AGENT_SCOPES,
  agentTokenInput,
  scopeAllowedFor,
  type AgentScope,
  type AgentTokenInput,
  type AgentTokenView,
} from '@/lib/agents/scopes';
import { audited, type AuditContext, type Executor } from '../audit';
import type { Staff } from '../auth/session';
import { db } from '../db';
import { agentTokens, users } from '../db/schema';
import { HttpError } from '../errors';

/** Recognisable in a leaked-secret scan, and never confused with a display link or a password. */
const TOKEN_PREFIX = 'wbat_';

export const hashAgentToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function looksLikeAgentToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20;
}

/** `read` comes with every token: an assistant that may act must be able to see what it acts on. */
function normalisedScopes(scopes: AgentScope[], owner: Staff): AgentScope[] {
  const refused = scopes.filter((s) => !scopeAllowedFor(s, owner.role));
  if (refused.length)
    throw new HttpError(
      403,
      'scope_not_allowed',
      'Only practice managers and administrators can give a token the reports scope.',
      [{ path: 'scopes', message: 'Reports are for practice managers and administrators.' }],
    );
  return AGENT_SCOPES.filter((s) => s === 'read' || scopes.includes(s));
}

function checkedTeams(teamIds: string[] | undefined, owner: Staff): string[] | null {
  if (teamIds === undefined) return null;
  const unique = [...new Set(teamIds)];
  if (!unique.length)
    throw new HttpError(400, 'no_clinics', 'Choose at least one clinic, or leave clinics out for all of yours.', [
      { path: 'teamIds', message: 'Choose at least one clinic.' },
    ]);
  if (unique.some((id) => !owner.teamIds.includes(id)))
    throw new HttpError(403, 'forbidden_team', 'A token can only act in clinics you belong to.', [
      { path: 'teamIds', message: 'Only your own clinics.' },
    ]);
  return unique;
}

/** Makes a token for `owner`: the secret is returned once and stored only as a hash. */
export async function createAgentToken(ctx: AuditContext, owner: Staff, raw: AgentTokenInput, now = Date.now()) {
  const input = agentTokenInput.parse(raw);
  const scopes = normalisedScopes(input.scopes, owner);
  const teamIds = checkedTeams(input.teamIds, owner);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now + input.days * 86_400_000);
  const row = await audited(
    ctx,
    (r: { id: string }) => ({
      action: 'agent_token.create',
      resourceType: 'agent_token',
      resourceId: r.id,
      changes: { name: input.name, scopes, teamIds, expiresAt: expiresAt.toISOString() },
    }),
    async (tx) => {
      const [inserted] = await tx
        .insert(agentTokens)
        .values({
          userId: owner.id,
          name: input.name,
          tokenHash: hashAgentToken(token),
          prefix: token.slice(0, TOKEN_PREFIX.length + 6),
          scopes,
          teamIds,
          expiresAt,
        })
        .returning();
      return inserted!;
    },
  );
  return { token, view: toView(row, { id: owner.id, name: owner.name, email: owner.email }) };
}

type Row = typeof agentTokens.$inferSelect;

function toView(r: Row, owner: AgentTokenView['owner']): AgentTokenView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes as AgentScope[],
    teamIds: r.teamIds,
    owner,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    lastUsedAt: iso(r.lastUsedAt),
    revokedAt: iso(r.revokedAt),
  };
}

/** A person's own tokens, or (for an administrator, `userId` omitted) everyone's. Newest first. */
export async function listAgentTokens(userId?: string): Promise<AgentTokenView[]> {
  const rows = await (
    await db()
  )
    .select({ token: agentTokens, owner: { id: users.id, name: users.name, email: users.email } })
    .from(agentTokens)
    .innerJoin(users, eq(users.id, agentTokens.userId))
    .where(userId ? eq(agentTokens.userId, userId) : undefined)
    .orderBy(desc(agentTokens.createdAt));
  return rows.map((r) => toView(r.token, r.owner));
}

/**
 * Revokes a token at once, everywhere: every use reads the row. A person revokes their own; with
 * `anyOwner` (the administrators' route) anyone's.
 */
export async function revokeAgentToken(ctx: AuditContext, by: Staff, id: string, anyOwner = false): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw notFound();
  await audited(ctx, { action: 'agent_token.revoke', resourceType: 'agent_token', resourceId: id }, async (tx) => {
    const mine = anyOwner && by.role === 'admin' ? undefined : eq(agentTokens.userId, by.id);
    const revoked = await tx
      .update(agentTokens)
      .set({ revokedAt: new Date(), revokedBy: by.id })
      .where(and(eq(agentTokens.id, id), isNull(agentTokens.revokedAt), mine))
      .returning({ id: agentTokens.id });
    // Thrown inside the transaction, so the audit entry goes with the nothing it recorded.
    if (!revoked.length) throw notFound();
  });
}

const notFound = () =>
  new HttpError(404, 'agent_token_not_found', 'No such agent token of yours, or it was already revoked.');

/**
 * Every working token of a person, revoked with the change that calls for it (their account
 * disabled, or a password set for them by someone else): a token made by whoever had their
 * sign-in must not outlive its recovery. Their own password change leaves their tokens be.
 */
export async function revokeTokensOf(tx: Executor, userId: string, by: string | null): Promise<void> {
  await tx
    .update(agentTokens)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(agentTokens.userId, userId), isNull(agentTokens.revokedAt)));
}
