import 'server-only';
import { eq } from 'drizzle-orm';
import type { AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { coviu } from '../coviu';
import { database } from '../db';
import { triage } from '../db/schema';
import { HttpError } from '../errors';
import { recordContacts } from '../sessions/bookings';
import { loadTeamSession } from '../sessions/load';
import { type Delivery, sendEntryLink } from '../sessions/notifier';
import { requestedPoller } from './hub';

/**
 * Sends a room admission's guest link to the caller by SMS, the way a session page sends entry
 * links: the mobile number from the call's details (read from Coviu now, never logged) becomes the
 * room's guest contact, then the sessions module sends, records and audits it.
 */
export async function sendGuestLink(
  ctx: AuditContext,
  staff: Staff,
  teamId: string,
  callId: string,
): Promise<Delivery> {
  const poller = await requestedPoller(teamId);
  const caller = poller.snapshot().callers.find((c) => c.callId === callId);
  if (!caller) throw new HttpError(404, 'caller_not_found', 'This caller is no longer in the waiting area.');
  const [row] = await (await database()).db.select().from(triage).where(eq(triage.rootCallId, caller.rootCallId));
  const admission = row?.admission;
  if (admission?.mode !== 'room' || !admission.sessionId || !admission.guestUrl)
    throw new HttpError(409, 'no_room', 'This caller has no room yet: admit them with a new room first.');
  const { session } = await loadTeamSession(teamId, admission.sessionId);
  const guest = session.participants.find((p) => p.role !== 'HOST' && !p.deletedAt);
  if (!guest) throw new HttpError(409, 'no_guest', 'The room has no guest link any more.');
  const { phone } = (await coviu().waiting.call(teamId, callId)).patient;
  if (!phone)
    throw new HttpError(
      400,
      'no_phone',
      'The caller gave no mobile number in Coviu’s entry form. Copy the guest link and send it another way.',
    );
  await (await database()).db.transaction((tx) => recordContacts(tx, session.id, [{ participantId: guest.id, phone }]));
  return sendEntryLink(ctx, staff, teamId, session.id, guest.id, 'sms');
}
