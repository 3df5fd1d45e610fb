import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CallerActionResponse, TriageAction } from '@/lib/waiting/triage-action';
import type { DashboardCaller } from '@/lib/waiting/types';
import { type AuditContext, auditedWithId } from '../audit';
import type { Staff } from '../auth/session';
import { isCoviuError } from '../coviu';
import { db } from '../db';
import { auditLog, escalations, type StoredAdmission, triage, users, waitingQueues } from '../db/schema';
import { HttpError } from '../errors';
import { rosterEntry } from '../practitioners/entries';
import { getTeamSettings } from '../settings/store';
import { outsideKey } from '../idempotency-scope';
import { abandonRoom, resumeAdmit, roomRequest } from './admit-room';
import { admittedByThisRequest, openRoom, roomIntent, unsure } from './rooms';
import { escalationsSettled } from './escalation';

export const CLAIM_MINUTES = 10;
export const UNDO_SECONDS = 10;

type TriageRow = typeof triage.$inferSelect;
type Fields = Partial<Omit<TriageRow, 'rootCallId' | 'teamId' | 'version' | 'updatedAt'>>;

const GONE = new Set(['left', 'ended', 'transferred']);

/** The roster entry a caller is admitted or reassigned to (server/practitioners). */
async function practitionerOf(teamId: string, id: string): Promise<{ id: string; name: string }> {
  const { id: entryId, name } = await rosterEntry(teamId, id);
  return { id: entryId, name };
}

function snapshotOf(row: TriageRow | undefined): Fields {
  return {
    claimedBy: row?.claimedBy ?? null,
    claimedUntil: row?.claimedUntil ?? null,
    priority: row?.priority ?? 0,
    note: row?.note ?? null,
    reassignedQueueId: row?.reassignedQueueId ?? null,
    reassignedPractitionerId: row?.reassignedPractitionerId ?? null,
    admission: row?.admission ?? null,
  };
}

const toJson = (f: Fields) => JSON.parse(JSON.stringify(f)) as Record<string, unknown>;

function fromJson(f: Record<string, unknown>): Fields {
  return { ...f, claimedUntil: f.claimedUntil ? new Date(String(f.claimedUntil)) : null } as Fields;
}

/** What the action changes, worked out (and refused) against the caller's latest state. */
async function plan(
  action: Exclude<TriageAction, { type: 'undo' }>,
  caller: DashboardCaller,
  row: TriageRow | undefined,
  staff: Staff,
  now: Date,
): Promise<Fields> {
  const claimant = row?.claimedBy && row.claimedUntil && row.claimedUntil > now ? row.claimedBy : null;
  switch (action.type) {
    case 'claim': {
      if (claimant && claimant !== staff.id) {
        const [other] = await (await db()).select({ name: users.name }).from(users).where(eq(users.id, claimant));
        throw new HttpError(409, 'claimed', `${other?.name ?? 'Someone else'} is already handling this caller.`);
      }
      return { claimedBy: staff.id, claimedUntil: new Date(now.getTime() + CLAIM_MINUTES * 60_000) };
    }
    case 'release':
      if (claimant && claimant !== staff.id && staff.role !== 'manager' && staff.role !== 'admin') {
        throw new HttpError(409, 'claimed', 'Only the person handling this caller, or a manager, can release them.');
      }
      return { claimedBy: null, claimedUntil: null };
    case 'priority':
      return { priority: action.priority };
    case 'note':
      return { note: action.note || null };
    case 'reassign': {
      if (action.queueId) {
        const [queue] = await (
          await db()
        )
          .select()
          .from(waitingQueues)
          .where(and(eq(waitingQueues.id, action.queueId), eq(waitingQueues.teamId, caller.teamId)));
        if (!queue || queue.archivedAt)
          throw new HttpError(400, 'unknown_queue', 'Choose a waiting queue of this team.');
      }
      if (action.practitionerId) await practitionerOf(caller.teamId, action.practitionerId);
      if (!action.queueId && !action.practitionerId && action.queueId !== null && action.practitionerId !== null) {
        throw new HttpError(400, 'nothing_to_do', 'Choose a queue or a practitioner.');
      }
      return {
        ...(action.queueId !== undefined ? { reassignedQueueId: action.queueId } : {}),
        ...(action.practitionerId !== undefined ? { reassignedPractitionerId: action.practitionerId } : {}),
      };
    }
    case 'acknowledge':
      if (!caller.triage.escalation)
        throw new HttpError(409, 'nothing_to_acknowledge', 'There is no open escalation for this caller.');
      return {};
    case 'admit': {
      const practitioner = await practitionerOf(caller.teamId, action.practitionerId);
      const mode = action.mode ?? (await getTeamSettings(caller.teamId)).admissionMode;
      const admission: StoredAdmission = {
        mode,
        practitionerId: practitioner.id,
        admittedAt: now.toISOString(),
        admittedBy: staff.id,
        joinedAt: null,
      };
      // The room is made after this intent is written (applyTriageAction), never before it.
      if (mode === 'room') Object.assign(admission, roomIntent(now));
      return { admission, claimedBy: staff.id, claimedUntil: new Date(now.getTime() + CLAIM_MINUTES * 60_000) };
    }
  }
}

/** The undo handle of an applied action (the caller comes with it in the route's answer). */
export type ActionResult = Omit<CallerActionResponse, 'caller'>;

/**
 * Applies one triage action: checked against the caller's latest state and the stored triage row
 * (locked for the transaction, so two receptionists cannot both claim), written together with its
 * audit entry. The entry keeps the state before, which is what undo restores.
 */
export async function applyTriageAction(
  ctx: AuditContext,
  staff: Staff,
  caller: DashboardCaller,
  action: TriageAction,
): Promise<ActionResult> {
  if (GONE.has(caller.status) && action.type !== 'undo' && action.type !== 'release') {
    throw new HttpError(409, 'caller_gone', 'This caller has left the waiting area, so nothing was changed.');
  }
  const now = new Date();
  const database = await db();
  const [current] = await database.select().from(triage).where(eq(triage.rootCallId, caller.rootCallId));
  let fields: Fields;
  if (action.type === 'undo') {
    const [entry] = await database.select().from(auditLog).where(eq(auditLog.id, action.auditId));
    const changes = entry?.changes as { before?: Record<string, unknown>; callId?: string } | null;
    if (!entry || entry.actorId !== staff.id || !changes?.before || entry.resourceId !== caller.rootCallId) {
      throw new HttpError(400, 'cannot_undo', 'Only your own last action on this caller can be undone.');
    }
    if (now.getTime() - entry.at.getTime() > UNDO_SECONDS * 1000)
      throw new HttpError(409, 'undo_expired', 'It is too late to undo that; change it back by hand.');
    fields = fromJson(changes.before);
  } else if (
    action.type === 'admit' &&
    current &&
    (current.admission?.opening || admittedByThisRequest(current.admission))
  ) {
    const { auditId, admittedAt } = await resumeAdmit(
      ctx,
      caller,
      current,
      await practitionerOf(caller.teamId, action.practitionerId),
    );
    return { auditId, undoUntil: new Date(Date.parse(admittedAt) + UNDO_SECONDS * 1000).toISOString() };
  } else {
    fields = await plan(action, caller, current, staff, now);
  }
  const before = snapshotOf(current);
  const after = { ...before, ...fields };
  // A room admit writes its intent first, outside the request's key: the key is applied with
  // the room (rooms.ts), so a crash before that leaves it for a retry to finish.
  const opening = action.type === 'admit' && after.admission?.opening ? after.admission : null;
  const { auditId } = await (opening ? outsideKey : (w: () => Promise<{ auditId: number }>) => w())(() =>
    auditedWithId(
      ctx,
      () => ({
        action: `caller.${action.type}`,
        resourceType: 'caller',
        resourceId: caller.rootCallId,
        teamId: caller.teamId,
        changes: {
          callId: caller.callId,
          action: action.type === 'undo' ? { type: 'undo', auditId: action.auditId } : action,
          before: toJson(before),
          after: toJson(after),
        },
      }),
      async (tx) => {
        const [locked] = await tx.select().from(triage).where(eq(triage.rootCallId, caller.rootCallId)).for('update');
        if ((locked?.version ?? -1) !== (current?.version ?? -1)) {
          throw new HttpError(409, 'changed', 'Someone else changed this caller just now. Look again and retry.');
        }
        if (action.type === 'acknowledge') {
          await tx
            .update(escalations)
            .set({ acknowledgedAt: now, acknowledgedBy: staff.id })
            .where(and(eq(escalations.rootCallId, caller.rootCallId), isNull(escalations.acknowledgedAt)));
        }
        await tx
          .insert(triage)
          .values({ rootCallId: caller.rootCallId, teamId: caller.teamId, ...after, version: 1, updatedAt: now })
          .onConflictDoUpdate({
            target: triage.rootCallId,
            set: { ...after, version: sql`${triage.version} + 1`, updatedAt: now },
          });
      },
    ),
  );
  // Acknowledged means no more posts: any already going out lands before the answer does.
  if (action.type === 'acknowledge') await escalationsSettled(caller.teamId);
  if (opening) {
    const practitioner = await practitionerOf(caller.teamId, opening.practitionerId);
    const request = { ...roomRequest(caller, opening), practitioner };
    await openRoom(ctx, request, false).catch(async (error: unknown) => {
      // Only Coviu's clear refusal means no room was made; anything else keeps the pending
      // admission, for a retry or the start-up sweep to finish (looking first).
      if (isCoviuError(error) && !unsure(error)) await abandonRoom(ctx, request, before, error);
      throw error;
    });
  }
  return {
    auditId,
    undoUntil: action.type === 'undo' ? null : new Date(now.getTime() + UNDO_SECONDS * 1000).toISOString(),
  };
}
