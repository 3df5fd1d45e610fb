import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { EMPTY_TRIAGE, type Priority, type Triage } from '@/lib/waiting/types';
import { db } from '../db';
import { escalations, triage, users } from '../db/schema';

export type TriageRow = typeof triage.$inferSelect;

/** Our triage state for these callers (by root call), with people's names; expired claims dropped. */
export async function loadTriage(rootCallIds: string[], now = Date.now()): Promise<Map<string, Triage>> {
  const result = new Map<string, Triage>();
  if (!rootCallIds.length) return result;
  const database = await db();
  const rows = await database.select().from(triage).where(inArray(triage.rootCallId, rootCallIds));
  const open = await database
    .select()
    .from(escalations)
    .where(and(inArray(escalations.rootCallId, rootCallIds), isNull(escalations.acknowledgedAt)));
  const escalationOf = new Map(
    open.map((e) => [e.rootCallId, { kind: e.kind, since: e.firstSentAt.toISOString(), sends: e.sends }]),
  );
  const people = new Set<string>();
  for (const r of rows)
    for (const id of [r.claimedBy, r.reassignedPractitionerId, r.admission?.practitionerId]) if (id) people.add(id);
  const names = new Map<string, string>();
  if (people.size)
    for (const u of await database
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...people])))
      names.set(u.id, u.name);
  const person = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? 'Unknown' } : null);
  for (const r of rows)
    result.set(r.rootCallId, { ...toTriage(r, person, now), escalation: escalationOf.get(r.rootCallId) ?? null });
  // Escalations can exist for callers nobody has touched in Waitboard yet.
  for (const [root, escalation] of escalationOf)
    if (!result.has(root)) result.set(root, { ...EMPTY_TRIAGE, escalation });
  return result;
}

export function toTriage(
  r: TriageRow,
  person: (id: string | null | undefined) => { id: string; name: string } | null,
  now: number,
): Triage {
  const claimed = r.claimedBy && r.claimedUntil && r.claimedUntil.getTime() > now;
  return {
    ...EMPTY_TRIAGE,
    claimedBy: claimed ? person(r.claimedBy) : null,
    claimedUntil: claimed ? r.claimedUntil!.toISOString() : null,
    priority: r.priority as Priority,
    note: r.note,
    reassignedQueueId: r.reassignedQueueId,
    reassignedPractitioner: person(r.reassignedPractitionerId),
    admission: r.admission
      ? {
          mode: r.admission.mode,
          practitioner: person(r.admission.practitionerId)!,
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
