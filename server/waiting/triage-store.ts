import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { EMPTY_TRIAGE, type Priority, type Triage } from '@/lib/waiting/types';
import { db } from '../db';
import { escalations, triage, users } from '../db/schema';
import { rosterRefs } from '../practitioners/entries';

export type TriageRow = typeof triage.$inferSelect;

/** Our triage state for these callers (by root call), with people's names; expired claims dropped. */
export async function loadTriage(rootCallIds: string[], now = Date.now()): Promise<Map<string, Triage>> {
  const result = new Map<string, Triage>();
  if (!rootCallIds.length) return result;
  const database = await db();
  const rows = await database.select().from(triage).where(inArray(triage.rootCallId, rootCallIds));
  // Closed escalations too: the not-joined marker says who acknowledged the latest one.
  const sent = await database
    .select()
    .from(escalations)
    .where(inArray(escalations.rootCallId, rootCallIds))
    .orderBy(asc(escalations.firstSentAt));
  const open = sent.filter((e) => !e.acknowledgedAt);
  const escalationOf = new Map(
    open.map((e) => [e.rootCallId, { kind: e.kind, since: e.firstSentAt.toISOString(), sends: e.sends }]),
  );
  const latestOf = new Map(sent.map((e) => [e.rootCallId, e]));
  const people = new Set<string>();
  for (const r of rows)
    for (const id of [r.claimedBy, r.reassignedPractitionerId, r.admission?.practitionerId]) if (id) people.add(id);
  for (const e of latestOf.values()) if (e.acknowledgedBy) people.add(e.acknowledgedBy);
  const names = new Map<string, string>();
  if (people.size)
    for (const u of await database
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...people])))
      names.set(u.id, u.name);
  const person = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? 'Unknown' } : null);
  const lastEscalationOf = (root: string): Triage['lastEscalation'] => {
    const e = latestOf.get(root);
    return e
      ? {
          kind: e.kind,
          since: e.firstSentAt.toISOString(),
          acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
          acknowledgedBy: person(e.acknowledgedBy),
        }
      : null;
  };
  // Admissions and reassignments name roster entries; ones stored before the roster name a staff
  // account, whose entry has the same id (server/practitioners/seed.ts), else that account itself.
  const roster = await rosterRefs(
    [...new Set(rows.map((r) => r.teamId))],
    [...new Set(rows.flatMap((r) => [r.reassignedPractitionerId, r.admission?.practitionerId]).filter(isId))],
  );
  for (const r of rows) {
    const practitioner = (id: string | null | undefined) => {
      if (!id) return null;
      const entry = roster.get(`${r.teamId}:${id}`);
      return entry ? { id, name: entry.name, userId: entry.userId } : { ...person(id)!, userId: id };
    };
    result.set(r.rootCallId, {
      ...toTriage(r, person, now, practitioner),
      escalation: escalationOf.get(r.rootCallId) ?? null,
      lastEscalation: lastEscalationOf(r.rootCallId),
    });
  }
  // Escalations can exist for callers nobody has touched in Waitboard yet.
  for (const root of latestOf.keys())
    if (!result.has(root))
      result.set(root, {
        ...EMPTY_TRIAGE,
        escalation: escalationOf.get(root) ?? null,
        lastEscalation: lastEscalationOf(root),
      });
  return result;
}

const isId = (id: string | null | undefined): id is string =>
  !!id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

type Person = { id: string; name: string } | null;
type Ref = { id: string; name: string; userId?: string | null };

export function toTriage(
  r: TriageRow,
  person: (id: string | null | undefined) => Person,
  now: number,
  practitioner: (id: string | null | undefined) => Ref | null = person,
): Triage {
  const claimed = r.claimedBy && r.claimedUntil && r.claimedUntil.getTime() > now;
  return {
    ...EMPTY_TRIAGE,
    claimedBy: claimed ? person(r.claimedBy) : null,
    claimedUntil: claimed ? r.claimedUntil!.toISOString() : null,
    // A release clears the stored owner; an owner still stored past the expiry is a lapse.
    lapsedClaim:
      r.claimedBy && r.claimedUntil && !claimed ? { by: person(r.claimedBy)!, at: r.claimedUntil.toISOString() } : null,
    priority: r.priority as Priority,
    note: r.note,
    reassignedQueueId: r.reassignedQueueId,
    reassignedPractitioner: practitioner(r.reassignedPractitionerId),
    admission: r.admission
      ? {
          mode: r.admission.mode,
          practitioner: practitioner(r.admission.practitionerId)!,
          admittedAt: r.admission.admittedAt,
          admittedBy: r.admission.admittedBy,
          hostUrl: r.admission.hostUrl ?? null,
          guestUrl: r.admission.guestUrl ?? null,
          joinedAt: r.admission.joinedAt ?? null,
        }
      : null,
    version: r.version,
    changedAt: r.updatedAt.toISOString(),
  };
}

/**
 * Route mode: Coviu reporting the call answered is the confirmation that the practitioner joined.
 * Returns how many admissions were confirmed now (usually none), so the caller knows to re-read.
 */
export async function confirmJoins(answered: { rootCallId: string; answeredAt: string }[]): Promise<number> {
  if (!answered.length) return 0;
  const database = await db();
  let confirmed = 0;
  for (const { rootCallId, answeredAt } of answered) {
    const rows = await database
      .update(triage)
      .set({
        admission: sql`jsonb_set(${triage.admission}, '{joinedAt}', to_jsonb(${answeredAt}::text))`,
        version: sql`${triage.version} + 1`,
      })
      .where(
        and(
          eq(triage.rootCallId, rootCallId),
          sql`${triage.admission}->>'mode' = 'route'`,
          sql`(${triage.admission}->>'joinedAt') is null`,
        ),
      )
      .returning({ rootCallId: triage.rootCallId });
    confirmed += rows.length;
  }
  return confirmed;
}
