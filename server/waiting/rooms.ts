import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Session } from '@/lib/sessions/types';
import { type AuditContext, audited } from '../audit';
import { bootAlive, bootId } from '../boot';
import { coviu, isCoviuError } from '../coviu';
import { db } from '../db';
import { auditLog, type StoredAdmission, triage } from '../db/schema';
import { currentKey, markKeyApplied } from '../idempotency-scope';
import { recordBooking } from '../sessions/bookings';

const ROOM_MINUTES = 30;
/** Coviu refuses a start time that is not in the future (API-NOTES §4 #1). */
const START_LEAD_MS = 15_000;

export interface RoomRequest {
  rootCallId: string;
  teamId: string;
  callerName: string | null;
  practitioner: { id: string; name: string };
  /** When the admission was recorded: the room starts after it. */
  admittedAt: string;
  /** The admit's Idempotency-Key, applied with the room. */
  key?: { key: string; userId: string };
}

export type RoomLinks = Pick<StoredAdmission, 'sessionId' | 'hostUrl' | 'guestUrl'>;

const guestState = (rootCallId: string) => `waitboard:caller:${rootCallId}`;
const hostState = (practitionerId: string) => `waitboard:host:${practitionerId}`;

/** What a room admission is stamped with until its Coviu session is made. */
export function roomIntent(now: Date): Pick<StoredAdmission, 'opening' | 'key'> {
  const k = currentKey();
  return { opening: { opener: bootId(), since: now.toISOString() }, key: k && { key: k.key, userId: k.userId } };
}

/** Whether this request (its Idempotency-Key) is the one that made this admission. */
export function admittedByThisRequest(admission: StoredAdmission | null | undefined): boolean {
  const k = currentKey();
  return !!k && admission?.key?.key === k.key && admission.key.userId === k.userId;
}

/**
 * The room an earlier attempt made, if any: Coviu has no idempotency keys, so it is recognised by
 * its participants' states (this caller, this practitioner) and a start after the admission.
 */
async function findRoom(r: RoomRequest): Promise<Session | null> {
  const sessions = await coviu().sessions.listAll({
    state: guestState(r.rootCallId),
    startTime: new Date(r.admittedAt),
  });
  return (
    sessions.find((s) => !s.canceledAt && s.participants.some((p) => p.state === hostState(r.practitioner.id))) ?? null
  );
}

async function createRoom(r: RoomRequest): Promise<Session> {
  const start = new Date(Date.now() + START_LEAD_MS);
  return coviu().sessions.create({
    name: `Waitboard consult with ${r.practitioner.name}`,
    startTime: start,
    endTime: new Date(start.getTime() + ROOM_MINUTES * 60_000),
    participants: [
      { displayName: r.practitioner.name, role: 'HOST', state: hostState(r.practitioner.id) },
      { displayName: r.callerName ?? 'Patient', role: 'GUEST', state: guestState(r.rootCallId) },
    ],
  });
}

/** The audit entry of the admission this room is for: the action's answer and undo refer to it. */
export async function admitEntryId(rootCallId: string): Promise<number | null> {
  const [row] = await (
    await db()
  )
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.resourceId, rootCallId), eq(auditLog.action, 'caller.admit')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.id ?? null;
}

/** Writes the room into the pending admission, with its entry and the request's key, in one transaction. */
async function completeRoom(ctx: AuditContext, r: RoomRequest, session: Session): Promise<RoomLinks> {
  const links: RoomLinks = {
    sessionId: session.id,
    hostUrl: session.participants.find((p) => p.role === 'HOST')?.entryUrl ?? undefined,
    guestUrl: session.participants.find((p) => p.role === 'GUEST')?.entryUrl ?? undefined,
  };
  const admitId = await admitEntryId(r.rootCallId);
  await audited(
    ctx,
    { action: 'caller.room', resourceType: 'caller', resourceId: r.rootCallId, teamId: r.teamId, changes: links },
    async (tx) => {
      // Remembered as this clinic's, so it shows on the clinic's sessions page with its summary later.
      await recordBooking(tx, {
        sessionId: session.id,
        teamId: r.teamId,
        source: 'room',
        bookedBy: null,
        startTime: new Date(session.startTime),
        endTime: new Date(session.endTime),
      });
      await tx
        .update(triage)
        .set({
          admission: sql`(${triage.admission} - 'opening') || ${JSON.stringify(links)}::jsonb`,
          version: sql`${triage.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(triage.rootCallId, r.rootCallId),
            sql`${triage.admission} ? 'opening'`,
            sql`${triage.admission}->>'practitionerId' = ${r.practitioner.id}`,
          ),
        );
      if (admitId) {
        await markKeyApplied(tx, admitId, r.key);
        await markKeyApplied(tx, admitId);
      }
    },
  );
  return links;
}

// One attempt per caller at a time in this process (a retry meeting the first try, or the sweep).
// On globalThis: the start-up sweep runs in instrumentation's bundle and retries in the route's,
// and module state is not shared between Next's bundles.
const making = ((globalThis as { waitboardMakingRooms?: Map<string, Promise<RoomLinks>> }).waitboardMakingRooms ??=
  new Map<string, Promise<RoomLinks>>());

/**
 * An answer from Coviu that may hide a room it made: no answer in time, Coviu unavailable, or a
 * success we could not read. The room is looked for before another is made, and the admission
 * is kept.
 */
export function unsure(error: unknown): boolean {
  return (
    isCoviuError(error) &&
    (error.code === 'timeout' || error.code === 'upstream_unavailable' || error.code === 'invalid_response')
  );
}

/**
 * Makes the Coviu room of a room admission already recorded as pending, and completes it. POST is
 * never retried; after an answer that may hide a made room (timeout, Coviu unavailable), or when
 * resuming an attempt a crash cut short, it looks before creating (README, the Coviu client).
 */
export function openRoom(ctx: AuditContext, r: RoomRequest, resume: boolean): Promise<RoomLinks> {
  const existing = making.get(r.rootCallId);
  if (existing) return existing;
  const attempt = (async () => {
    let session = resume ? await findRoom(r) : null;
    session ??= await createRoom(r).catch(async (error: unknown) => {
      const found = unsure(error) ? await findRoom(r).catch(() => null) : null;
      if (!found) throw error;
      return found;
    });
    return completeRoom(ctx, r, session);
  })().finally(() => making.delete(r.rootCallId));
  making.set(r.rootCallId, attempt);
  return attempt;
}

/**
 * Whether this process may finish a pending room: nobody is making it here, and its opener is this
 * process or has died. Takes it over (stamps it) when the opener died.
 */
export async function mayResume(rootCallId: string, opening: NonNullable<StoredAdmission['opening']>) {
  if (making.has(rootCallId)) return true; // openRoom joins the attempt under way
  if (opening.opener !== bootId() && (await bootAlive(opening.opener))) return false;
  const taken = await (
    await db()
  )
    .update(triage)
    .set({ admission: sql`jsonb_set(${triage.admission}, '{opening,opener}', to_jsonb(${bootId()}::text))` })
    .where(and(eq(triage.rootCallId, rootCallId), sql`${triage.admission}->'opening'->>'opener' = ${opening.opener}`))
    .returning({ id: triage.rootCallId });
  if (taken.length > 0) return true;
  // Someone in this process (the start-up sweep, say) took it over a moment ago and has not yet
  // called openRoom: this request may go on, as openRoom runs one attempt per caller here.
  const [now] = await (
    await db()
  )
    .select({ opener: sql<string | null>`${triage.admission}->'opening'->>'opener'` })
    .from(triage)
    .where(eq(triage.rootCallId, rootCallId));
  return now?.opener === bootId();
}
