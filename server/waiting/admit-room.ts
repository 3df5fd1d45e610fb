import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DashboardCaller } from '@/lib/waiting/types';
import { type AuditContext, audited } from '../audit';
import { isCoviuError } from '../coviu';
import { db } from '../db';
import { type StoredAdmission, triage, users } from '../db/schema';
import { HttpError } from '../errors';
import { outsideKey } from '../idempotency-scope';
import { log } from '../log';
import { rosterRefs } from '../practitioners/entries';
import { admitEntryId, mayResume, openRoom, type RoomRequest } from './rooms';

type TriageRow = typeof triage.$inferSelect;

export function roomRequest(caller: Pick<DashboardCaller, 'rootCallId' | 'teamId' | 'name'>, a: StoredAdmission) {
  return {
    rootCallId: caller.rootCallId,
    teamId: caller.teamId,
    callerName: caller.name,
    admittedAt: a.admittedAt,
    key: a.key,
  };
}

/**
 * An admit for a caller whose room is still being made (a retry after a crash or a timeout):
 * finishes that room, looking for it in Coviu first, instead of making another. Answers with the
 * admission's own audit entry.
 */
export async function resumeAdmit(
  ctx: AuditContext,
  caller: DashboardCaller,
  row: TriageRow,
  practitioner: { id: string; name: string },
): Promise<{ auditId: number; admittedAt: string }> {
  const admission = row.admission!;
  if (admission.practitionerId !== practitioner.id) {
    throw new HttpError(409, 'room_opening', 'A room is already being opened for this caller. Wait a moment.');
  }
  // Already finished (by the start-up sweep, say) for this very request: just its answer.
  if (admission.opening) {
    if (await mayResume(caller.rootCallId, admission.opening)) {
      await openRoom(ctx, { ...roomRequest(caller, admission), practitioner }, true);
    } else if (!(await finishedElsewhere(caller.rootCallId))) {
      throw new HttpError(409, 'in_progress', 'A room is being opened for this caller. Wait a moment.');
    }
  }
  const auditId = await admitEntryId(caller.rootCallId);
  if (!auditId) throw new HttpError(409, 'changed', 'This caller changed just now. Look again and retry.');
  return { auditId, admittedAt: admission.admittedAt };
}

/** How long a retry waits for a room another live process is making (a Coviu create takes about 1 s). */
const WAIT_FOR_ROOM_MS = 10_000;

/** Waits for a room that a live process is making; true once it is made (or given up). */
async function finishedElsewhere(rootCallId: string): Promise<boolean> {
  const deadline = Date.now() + WAIT_FOR_ROOM_MS;
  while (await stillOpening(rootCallId)) {
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

/** Whether the caller's room is still being made (it may have been finished since it was read). */
async function stillOpening(rootCallId: string): Promise<boolean> {
  const [row] = await (
    await db()
  )
    .select({ rootCallId: triage.rootCallId })
    .from(triage)
    .where(and(eq(triage.rootCallId, rootCallId), sql`${triage.admission} ? 'opening'`));
  return row !== undefined;
}

/**
 * Coviu refused the room (so none was made): the pending admission is taken back, with an entry
 * saying so, and the refusal goes to the person. Not marked on the request's key.
 */
export async function abandonRoom(ctx: AuditContext, r: RoomRequest, before: Partial<TriageRow>, error: unknown) {
  const code = isCoviuError(error) ? error.code : 'error';
  await outsideKey(() =>
    audited(
      ctx,
      {
        action: 'caller.admit_failed',
        resourceType: 'caller',
        resourceId: r.rootCallId,
        teamId: r.teamId,
        changes: { code },
      },
      async (tx) => {
        await tx
          .update(triage)
          .set({
            admission: before.admission ?? null,
            claimedBy: before.claimedBy ?? null,
            claimedUntil: before.claimedUntil ?? null,
            version: sql`${triage.version} + 1`,
            updatedAt: new Date(),
          })
          .where(and(eq(triage.rootCallId, r.rootCallId), sql`${triage.admission} ? 'opening'`));
      },
    ),
  );
}

const SYSTEM: AuditContext = { ip: null, userAgent: 'waitboard (start-up)', actor: { id: null, email: null } };

/**
 * At start: rooms a crashed process was making are finished (found in Coviu, or made), so an
 * admission acknowledged before a crash gets its links without anyone clicking again.
 */
export async function resumePendingRooms(callerName: (row: TriageRow) => Promise<string | null>): Promise<void> {
  const rows = await (
    await db()
  )
    .select()
    .from(triage)
    .where(sql`${triage.admission} ? 'opening'`);
  for (const row of rows) {
    const admission = row.admission!;
    try {
      if (!(await mayResume(row.rootCallId, admission.opening!))) continue;
      const name = await callerName(row);
      const practitioner = {
        id: admission.practitionerId,
        name: await practitionerName(row.teamId, admission.practitionerId),
      };
      await openRoom(SYSTEM, { ...roomRequest({ ...row, name }, admission), practitioner }, true);
    } catch (error) {
      log.warn('a pending room could not be finished at start', { code: (error as { code?: string }).code });
    }
  }
}

async function practitionerName(teamId: string, id: string): Promise<string> {
  const entry = (await rosterRefs([teamId], [id])).get(`${teamId}:${id}`);
  if (entry) return entry.name;
  const [row] = await (await db()).select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? 'Practitioner';
}
