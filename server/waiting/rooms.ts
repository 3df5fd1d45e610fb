import 'server-only';
import type { DashboardCaller } from '@/lib/waiting/types';
import { coviu } from '../coviu';
import { db } from '../db';
import { recordBooking } from '../sessions/bookings';

const ROOM_MINUTES = 30;
/** Coviu refuses a start time that is not in the future (API-NOTES §4 #1). */
const START_LEAD_MS = 15_000;

/**
 * Room mode: a Coviu session starting now-ish with a HOST link for the practitioner and a GUEST
 * link for the caller. Called once per action: the Idempotency-Key in front of it keeps a double
 * click from making two rooms.
 */
export async function openRoom(caller: DashboardCaller, practitioner: { id: string; name: string }, now: Date) {
  const start = new Date(now.getTime() + START_LEAD_MS);
  const session = await coviu().sessions.create({
    name: `Waitboard consult with ${practitioner.name}`,
    startTime: start,
    endTime: new Date(start.getTime() + ROOM_MINUTES * 60_000),
    participants: [
      { displayName: practitioner.name, role: 'HOST', state: `waitboard:host:${practitioner.id}` },
      { displayName: caller.name ?? 'Patient', role: 'GUEST', state: `waitboard:caller:${caller.rootCallId}` },
    ],
  });
  // Remembered as this clinic's, so it shows on the clinic's sessions page with its summary later.
  await recordBooking(await db(), {
    sessionId: session.id,
    teamId: caller.teamId,
    source: 'room',
    bookedBy: null,
    startTime: start,
    endTime: new Date(start.getTime() + ROOM_MINUTES * 60_000),
  });
  const host = session.participants.find((p) => p.role === 'HOST');
  const guest = session.participants.find((p) => p.role === 'GUEST');
  return { sessionId: session.id, hostUrl: host?.entryUrl ?? undefined, guestUrl: guest?.entryUrl ?? undefined };
}
