import 'server-only';
import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { db, type Db } from './db';
import { auditLog, teamMemberships } from './db/schema';
import type { ClientInfo } from './auth/client-info';
import { markKeyApplied } from './idempotency-scope';

interface Actor {
  id: string | null;
  email: string | null;
}

export interface AuditContext extends ClientInfo {
  actor: Actor;
  /** The person acted through one of their agent tokens: every entry says so ("via agent token NAME"). */
  agent?: { tokenId: string; name: string };
}

interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  teamId?: string | null;
  changes?: Record<string, unknown> | null;
}

export type Executor = Pick<Db, 'insert' | 'select' | 'update' | 'delete' | 'execute'>;

function toRow(ctx: AuditContext, entry: AuditEntry) {
  return {
    actorId: ctx.actor.id,
    actorEmail: ctx.actor.email,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    teamId: entry.teamId ?? null,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    changes: entry.changes ?? null,
    agentTokenId: ctx.agent?.tokenId ?? null,
    agentTokenName: ctx.agent?.name ?? null,
  };
}

/**
 * Runs `work` and writes its audit entry in one transaction: an acknowledged action always has
 * its entry, and a failed one never does.
 */
export async function audited<T>(
  ctx: AuditContext,
  entry: AuditEntry | ((result: T) => AuditEntry),
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  return (await auditedWithId(ctx, entry, work)).result;
}

/** As `audited`, also giving the entry's id (undo refers to it). */
export async function auditedWithId<T>(
  ctx: AuditContext,
  entry: AuditEntry | ((result: T) => AuditEntry),
  work: (tx: Executor) => Promise<T>,
): Promise<{ result: T; auditId: number }> {
  const database = await db();
  return database.transaction(async (tx) => {
    const result = await work(tx);
    const [row] = await tx
      .insert(auditLog)
      .values(toRow(ctx, typeof entry === 'function' ? entry(result) : entry))
      .returning({ id: auditLog.id });
    // The request's Idempotency-Key is applied with the change, so a crash cannot split them.
    await markKeyApplied(tx, row!.id);
    return { result, auditId: row!.id };
  });
}

/** An entry for something that changes nothing in our database (a sign-in, viewing a caller). */
export async function recordAudit(ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await (await db()).insert(auditLog).values(toRow(ctx, entry));
}

export interface AuditFilter {
  teamIds?: string[];
  actorId?: string;
  action?: string;
  teamId?: string;
  from?: Date;
  until?: Date;
  limit?: number;
  beforeId?: number;
  /** Only what people did through an agent token (any of them, or `agentTokenId`'s). */
  agentOnly?: boolean;
  agentTokenId?: string;
}

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * A manager's view. An entry belongs to the clinic of its resource, so what a member of two clinics
 * did in the other one stays there. Entries with no clinic (signing in and out, a person's own
 * preferences, changes to an account) belong to the people they are about or who did them: the
 * manager sees those of their clinics' staff.
 */
async function withinClinics(teamIds: string[]): Promise<SQL> {
  if (!teamIds.length) return sql`false`;
  const members = (await db())
    .select({ id: teamMemberships.userId })
    .from(teamMemberships)
    .where(inArray(teamMemberships.teamId, teamIds));
  const memberIds = (await db())
    .select({ id: sql<string>`${teamMemberships.userId}::text` })
    .from(teamMemberships)
    .where(inArray(teamMemberships.teamId, teamIds));
  return or(
    inArray(auditLog.teamId, teamIds),
    and(
      isNull(auditLog.teamId),
      or(
        inArray(auditLog.actorId, members),
        and(eq(auditLog.resourceType, 'user'), inArray(auditLog.resourceId, memberIds)),
      ),
    ),
  )!;
}

export async function queryAudit(filter: AuditFilter): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.teamId) where.push(eq(auditLog.teamId, filter.teamId));
  if (filter.teamIds) where.push(await withinClinics(filter.teamIds));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.until) where.push(lt(auditLog.at, filter.until));
  if (filter.beforeId) where.push(lt(auditLog.id, filter.beforeId));
  if (filter.agentTokenId) where.push(eq(auditLog.agentTokenId, filter.agentTokenId));
  else if (filter.agentOnly) where.push(isNotNull(auditLog.agentTokenId));
  return (await db())
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.min(filter.limit ?? 100, 10_000));
}
