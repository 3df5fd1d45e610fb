import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../audit';
import { db } from '../db';
import { consultSessions, participantContacts } from '../db/schema';

export type Booking = typeof consultSessions.$inferSelect;
export type Contact = typeof participantContacts.$inferSelect;

export async function recordBooking(
  tx: Executor,
  row: {
    sessionId: string;
    teamId: string;
    source: 'booked' | 'room';
    bookedBy: string | null;
    startTime: Date;
    endTime: Date;
    /** Roster entries hosting it (availability shows them in a consult while it is on). */
    hostIds?: string[];
  },
): Promise<void> {
  await tx.insert(consultSessions).values(row).onConflictDoNothing();
}

export async function recordContacts(
  tx: Executor,
  sessionId: string,
  contacts: { participantId: string; phone?: string; email?: string }[],
) {
  const rows = contacts
    .filter((c) => c.phone || c.email)
    .map((c) => ({ sessionId, participantId: c.participantId, phone: c.phone ?? null, email: c.email ?? null }));
  if (rows.length) await tx.insert(participantContacts).values(rows).onConflictDoNothing();
}

export async function findBooking(sessionId: string): Promise<Booking | null> {
  const [row] = await (await db()).select().from(consultSessions).where(eq(consultSessions.sessionId, sessionId));
  return row ?? null;
}

export async function bookingsFor(sessionIds: string[]): Promise<Map<string, Booking>> {
  if (!sessionIds.length) return new Map();
  const rows = await (await db()).select().from(consultSessions).where(inArray(consultSessions.sessionId, sessionIds));
  return new Map(rows.map((r) => [r.sessionId, r]));
}

export async function contactsFor(sessionId: string): Promise<Map<string, Contact>> {
  const rows = await (
    await db()
  )
    .select()
    .from(participantContacts)
    .where(eq(participantContacts.sessionId, sessionId));
  return new Map(rows.map((r) => [r.participantId, r]));
}

export async function updateBookingTimes(tx: Executor, sessionId: string, startTime: Date, endTime: Date) {
  await tx.update(consultSessions).set({ startTime, endTime }).where(eq(consultSessions.sessionId, sessionId));
}

export async function markCancelled(tx: Executor, sessionId: string, at: Date) {
  await tx.update(consultSessions).set({ cancelledAt: at }).where(eq(consultSessions.sessionId, sessionId));
}
