import 'server-only';
import type { NewParticipant } from '@/lib/sessions/types';
import { clinicInstant } from '@/lib/core/clinic-time';
import {
  checkBookingTimes,
  checkRescheduleTimes,
  START_NOW_LEAD_MS,
  TIME_RULES,
  toFeatureFlags,
} from '@/lib/sessions/booking';
import { permissionsFor, type SessionAction } from '@/lib/sessions/rules';
import {
  MAX_PARTICIPANTS,
  type BookingInput,
  type ParticipantInput,
  type RescheduleInput,
} from '@/lib/sessions/schemas';
import { audited, type AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { coviu } from '../coviu';
import { HttpError } from '../errors';
import { requireTeam } from '../staff/teams';
import { createSessionOnce } from './book-once';
import { markCancelled, recordBooking, recordContacts, updateBookingTimes } from './bookings';
import { loadTeamSession, toView, type LoadedSession } from './load';
import { GUEST_STATE, guestParticipant, HOST_STATE, hostsFor } from './participants';

/** Refuses what Coviu's rules forbid now, with the reason the screen shows beside the disabled control. */
export function requireAllowed(loaded: LoadedSession, action: SessionAction) {
  const reason = loaded.view.permissions[action];
  if (reason) throw new HttpError(409, 'not_allowed_now', reason);
}

/** Someone still in the session, or the refusal the screen shows when they are not. */
export function presentParticipant(loaded: LoadedSession, participantId: string) {
  const participant = loaded.session.participants.find((p) => p.id === participantId && !p.deletedAt);
  if (!participant)
    throw new HttpError(404, 'participant_not_found', 'This person is not (or no longer) in the session.');
  return participant;
}

export async function bookSession(
  ctx: AuditContext,
  staff: Staff,
  teamId: string,
  input: BookingInput,
  now = Date.now(),
) {
  const team = await requireTeam(teamId);
  const start =
    input.when.kind === 'now'
      ? now + START_NOW_LEAD_MS
      : clinicInstant(input.when.date, input.when.time, team.timezone)?.getTime();
  if (start === undefined) throw new HttpError(400, 'invalid_times', TIME_RULES.noSuchTime);
  const end = start + input.durationMinutes * 60_000;
  const problem = checkBookingTimes(start, end, now);
  if (problem) throw new HttpError(400, 'invalid_times', problem);
  const hosts = await hostsFor(teamId, input.hostIds);
  const session = await createSessionOnce(
    {
      name: input.name,
      startTime: new Date(start),
      endTime: new Date(end),
      featureFlags: toFeatureFlags(input.options),
      participants: [
        ...hosts.map((h): NewParticipant => ({ displayName: h.name, role: 'HOST', state: `${HOST_STATE}${h.id}` })),
        ...input.guests.map(guestParticipant),
      ],
    },
    input.when.kind === 'now',
  );
  const contacts = input.guests.map((g, i) => ({
    participantId: session.participants.find((p) => p.state === `${GUEST_STATE}${i}`)?.id ?? '',
    phone: g.phone,
    email: g.email,
  }));
  await audited(
    ctx,
    {
      action: 'session.book',
      resourceType: 'session',
      resourceId: session.id,
      teamId,
      changes: {
        startTime: session.startTime,
        endTime: session.endTime,
        hosts: hosts.length,
        guests: input.guests.length,
        startNow: input.when.kind === 'now',
        options: input.options,
      },
    },
    async (tx) => {
      await recordBooking(tx, {
        sessionId: session.id,
        teamId,
        source: 'booked',
        bookedBy: staff.id,
        startTime: new Date(start),
        endTime: new Date(end),
        hostIds: hosts.map((h) => h.id),
      });
      await recordContacts(
        tx,
        session.id,
        contacts.filter((c) => c.participantId),
      );
    },
  );
  const saved = new Map(
    contacts.map((c) => [
      c.participantId,
      { ...c, sessionId: session.id, phone: c.phone ?? null, email: c.email ?? null, createdAt: new Date(now) },
    ]),
  );
  return toView(teamId, session, 'booked', saved, now);
}

export async function rescheduleSession(
  ctx: AuditContext,
  teamId: string,
  sessionId: string,
  input: RescheduleInput,
  now = Date.now(),
) {
  const loaded = await loadTeamSession(teamId, sessionId, now);
  requireAllowed(loaded, 'reschedule');
  const team = await requireTeam(teamId);
  const start = clinicInstant(input.date, input.time, team.timezone)?.getTime();
  if (start === undefined) throw new HttpError(400, 'invalid_times', TIME_RULES.noSuchTime);
  const end = start + input.durationMinutes * 60_000;
  const current = { start: Date.parse(loaded.session.startTime), end: Date.parse(loaded.session.endTime) };
  const problem = checkRescheduleTimes(current, { start, end }, loaded.view.state === 'in-progress', now);
  if (problem) throw new HttpError(400, 'invalid_times', problem);
  const updated = await coviu().sessions.update(sessionId, {
    ...(start !== current.start ? { startTime: new Date(start) } : {}),
    endTime: new Date(end),
  });
  await audited(
    ctx,
    {
      action: 'session.reschedule',
      resourceType: 'session',
      resourceId: sessionId,
      teamId,
      changes: { from: loaded.session.startTime, to: updated.startTime, endTime: updated.endTime },
    },
    (tx) =>
      updateBookingTimes(tx, sessionId, new Date(Date.parse(updated.startTime)), new Date(Date.parse(updated.endTime))),
  );
  return toView(teamId, updated, loaded.view.source, loaded.contacts, now);
}

export async function cancelSession(ctx: AuditContext, teamId: string, sessionId: string, now = Date.now()) {
  const loaded = await loadTeamSession(teamId, sessionId, now);
  requireAllowed(loaded, 'cancel');
  await coviu().sessions.cancel(sessionId);
  const at = new Date(now);
  await audited(
    ctx,
    {
      action: 'session.cancel',
      resourceType: 'session',
      resourceId: sessionId,
      teamId,
      changes: { startTime: loaded.session.startTime },
    },
    (tx) => markCancelled(tx, sessionId, at),
  );
  // The answer's permissions follow its new state, or it would offer actions a cancelled session refuses.
  return {
    ...loaded.view,
    canceledAt: at.toISOString(),
    state: 'cancelled' as const,
    permissions: permissionsFor('cancelled'),
  };
}

export async function addParticipant(
  ctx: AuditContext,
  teamId: string,
  sessionId: string,
  input: ParticipantInput,
  now = Date.now(),
) {
  const loaded = await loadTeamSession(teamId, sessionId, now);
  requireAllowed(loaded, 'addParticipant');
  if (loaded.session.participants.filter((p) => !p.deletedAt).length >= MAX_PARTICIPANTS) {
    throw new HttpError(
      409,
      'session_full',
      `This session already has ${MAX_PARTICIPANTS} people, the most Coviu supports.`,
    );
  }
  const guestIndex = loaded.session.participants.length;
  const body: NewParticipant =
    input.role === 'HOST'
      ? await hostsFor(teamId, [input.userId]).then(([h]) => ({
          displayName: h!.name,
          role: 'HOST' as const,
          state: `${HOST_STATE}${h!.id}`,
        }))
      : guestParticipant(input.guest, guestIndex);
  const participant = await coviu().participants.add(sessionId, body);
  await audited(
    ctx,
    {
      action: 'session.participant_add',
      resourceType: 'session',
      resourceId: sessionId,
      teamId,
      changes: { participantId: participant.id, role: participant.role },
    },
    (tx) =>
      input.role === 'GUEST'
        ? recordContacts(tx, sessionId, [
            { participantId: participant.id, phone: input.guest.phone, email: input.guest.email },
          ])
        : Promise.resolve(),
  );
  return loadTeamSession(teamId, sessionId, now).then((l) => l.view);
}

export async function removeParticipant(
  ctx: AuditContext,
  teamId: string,
  sessionId: string,
  participantId: string,
  now = Date.now(),
) {
  const loaded = await loadTeamSession(teamId, sessionId, now);
  requireAllowed(loaded, 'removeParticipant');
  const participant = presentParticipant(loaded, participantId);
  await coviu().participants.remove(participantId);
  await audited(
    ctx,
    {
      action: 'session.participant_remove',
      resourceType: 'session',
      resourceId: sessionId,
      teamId,
      changes: { participantId, role: participant.role },
    },
    async () => undefined,
  );
  return loadTeamSession(teamId, sessionId, now).then((l) => l.view);
}
