import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { audited, type AuditContext } from '../audit';
import { signal } from '../cluster/bus';
import { db } from '../db';
import { displayTokens, users } from '../db/schema';
import { HttpError } from '../errors';
import { requireTeam } from '../staff/teams';
import type { DisplayTokenView, NameStyle } from '@/lib/display/types';

interface DisplayGrant {
  tokenId: string;
  teamId: string;
  showNames: NameStyle;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const TOUCH_EVERY_MS = 60_000;

/** A new display link's secret: shown once to the manager, stored only as a hash. */
export async function createDisplayToken(
  ctx: AuditContext,
  userId: string,
  teamId: string,
  input: { label: string; showNames: NameStyle },
) {
  // An admin may name any team in the address: one not set up here is a 404, not a foreign-key error.
  await requireTeam(teamId);
  const token = randomBytes(32).toString('base64url');
  const row = await audited(
    ctx,
    (r: { id: string }) => ({
      action: 'display.create',
      resourceType: 'display_token',
      resourceId: r.id,
      teamId,
      changes: { label: input.label, showNames: input.showNames },
    }),
    async (tx) => {
      const [inserted] = await tx
        .insert(displayTokens)
        .values({ teamId, label: input.label, showNames: input.showNames, tokenHash: hash(token), createdBy: userId })
        .returning();
      return inserted!;
    },
  );
  return { token, id: row.id };
}

export async function listDisplayTokens(teamId: string): Promise<DisplayTokenView[]> {
  const rows = await (
    await db()
  )
    .select({
      id: displayTokens.id,
      label: displayTokens.label,
      showNames: displayTokens.showNames,
      createdAt: displayTokens.createdAt,
      lastUsedAt: displayTokens.lastUsedAt,
      revokedAt: displayTokens.revokedAt,
      createdByName: users.name,
    })
    .from(displayTokens)
    .leftJoin(users, eq(users.id, displayTokens.createdBy))
    .where(eq(displayTokens.teamId, teamId))
    .orderBy(desc(displayTokens.createdAt));
  // The same ISO strings JSON would make of the dates, so the route's body and the type agree.
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: iso(r.lastUsedAt),
    revokedAt: iso(r.revokedAt),
  }));
}

export async function revokeDisplayToken(ctx: AuditContext, teamId: string, id: string): Promise<void> {
  await audited(
    ctx,
    { action: 'display.revoke', resourceType: 'display_token', resourceId: id, teamId },
    async (tx) => {
      const revoked = await tx
        .update(displayTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(displayTokens.id, id), eq(displayTokens.teamId, teamId), isNull(displayTokens.revokedAt)))
        .returning({ id: displayTokens.id });
      // Thrown inside the transaction, so the audit entry is rolled back with the nothing it recorded.
      if (!revoked.length)
        throw new HttpError(404, 'display_not_found', 'No such display link, or it was already revoked.');
    },
  );
  // Committed: the link's streams on every instance check it now and end.
  await signal({ kind: 'display-revoked', teamId, tokenId: id });
}

/** The clinic a display link opens, or null when it is unknown or revoked. */
export async function verifyDisplayToken(token: string | null | undefined): Promise<DisplayGrant | null> {
  if (!token || token.length > 100) return null;
  const digest = hash(token);
  const [row] = await (await db()).select().from(displayTokens).where(eq(displayTokens.tokenHash, digest));
  if (!row || row.revokedAt || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(digest))) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await (await db()).update(displayTokens).set({ lastUsedAt: new Date() }).where(eq(displayTokens.id, row.id));
  }
  return { tokenId: row.id, teamId: row.teamId, showNames: row.showNames };
}
