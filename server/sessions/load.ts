import 'server-only';
import type { Participant, Session } from '@/lib/sessions/types';
import { clinicDay } from '@/lib/core/clinic-time';
import { fromFeatureFlags } from '@/lib/sessions/booking';
import { sessionPermissions } from '@/lib/sessions/rules';
import { deriveSessionState } from '@/lib/sessions/state';
import { maskEmail, maskPhone, type SessionListItem, type SessionView } from '@/lib/sessions/view';
import { coviu, isCoviuError } from '../coviu';
import { HttpError } from '../errors';
import { requireTeam } from '../staff/teams';
import { bookingsFor, contactsFor, findBooking, type Booking, type Contact } from './bookings';

/** Coviu sessions last at most 12 hours (API-NOTES §4 #10); lists reach this far past their window. */
const LONGEST_SESSION_MS = 12 * 3_600_000;
/** Keeps a mistaken range from walking a year of Coviu pages. */
export const MAX_RANGE_DAYS = 62;

function sourceOf(booking: Booking | null | undefined): SessionView['source'] {
  return booking ? booking.source : 'coviu';
}

/** Sessions belong to the clinic they were booked for; others to the Coviu team that holds them. */
function belongsTo(session: Session, booking: Booking | null | undefined, teamId: string): boolean {
  return (booking?.teamId ?? session.teamId) === teamId;
}

const isGuest = (p: Participant) => p.role !== 'HOST';
const live = (p: Participant) => !p.deletedAt;

/** A clinic's sessions starting between two of its calendar days (inclusive), with its timezone. */
export async function listSessionsInDays(
  teamId: string,
  from: string,
  to: string,
): Promise<{ sessions: SessionListItem[]; timezone: string }> {
  const team = await requireTeam(teamId);
  const start = clinicDay(from, team.timezone);
  const end = clinicDay(to, team.timezone);
  if (!start || !end) throw new HttpError(400, 'bad_date', 'Choose days as YYYY-MM-DD.');
  return { sessions: await listTeamSessions(teamId, start.start, end.end), timezone: team.timezone };
}

/**
 * A clinic's sessions starting in [from, until), cancelled ones included. Coviu's sources disagree on
 * what `end_time` filters (API-NOTES §7), so the query reaches a session-length further and the
 * window is applied here.
 */
export async function listTeamSessions(
  teamId: string,
  from: Date,
  until: Date,
  now = Date.now(),
): Promise<SessionListItem[]> {
  const all = await coviu().sessions.listAll({
    startTime: from,
    endTime: new Date(until.getTime() + LONGEST_SESSION_MS),
    includeCanceled: true,
  });
  const inWindow = all.filter((s) => {
    const start = Date.parse(s.startTime);
    return start >= from.getTime() && start < until.getTime();
  });
  const bookings = await bookingsFor(inWindow.map((s) => s.id));
  return inWindow
    .filter((s) => belongsTo(s, bookings.get(s.id), teamId))
    .map((s) => ({
      id: s.id,
      name: s.name,
      startTime: s.startTime,
      endTime: s.endTime,
      canceledAt: s.canceledAt,
      state: deriveSessionState(s, now),
      hosts: s.participants.filter((p) => live(p) && !isGuest(p)).map((p) => p.displayName ?? 'Host'),
      guests: s.participants.filter((p) => live(p) && isGuest(p)).map((p) => p.displayName ?? 'Guest'),
      source: sourceOf(bookings.get(s.id)),
    }))
    .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
}

/**
 * Coviu hides a cancelled session from reads by id (401, API-NOTES §2.1); one booked here can still
 * be found in the list, because we kept its start time.
 */
async function fetchSession(sessionId: string, booking: Booking | null): Promise<Session> {
  try {
    return await coviu().sessions.get(sessionId, { deletedParticipants: true });
  } catch (error) {
    if (!isCoviuError(error) || !['not_found', 'forbidden'].includes(error.code) || !booking) throw error;
    const around = booking.startTime.getTime();
    const found = await coviu().sessions.listAll({
      startTime: new Date(around - 60_000),
      endTime: new Date(around + LONGEST_SESSION_MS + 60_000),
      includeCanceled: true,
      deletedParticipants: true,
    });
    const session = found.find((s) => s.id === sessionId);
    if (!session) throw error;
    return session;
  }
}

export interface LoadedSession {
  session: Session;
  booking: Booking | null;
  contacts: Map<string, Contact>;
  view: SessionView;
}

export async function loadTeamSession(teamId: string, sessionId: string, now = Date.now()): Promise<LoadedSession> {
  const booking = await findBooking(sessionId);
  if (booking && booking.teamId !== teamId)
    throw new HttpError(404, 'session_not_found', 'This clinic has no session with that id.');
  const session = await fetchSession(sessionId, booking);
  if (!belongsTo(session, booking, teamId))
    throw new HttpError(404, 'session_not_found', 'This clinic has no session with that id.');
  const contacts = await contactsFor(sessionId);
  return { session, booking, contacts, view: toView(teamId, session, sourceOf(booking), contacts, now) };
}

export function toView(
  teamId: string,
  session: Session,
  source: SessionView['source'],
  contacts: Map<string, Contact>,
  now: number,
): SessionView {
  return {
    id: session.id,
    teamId,
    name: session.name,
    startTime: session.startTime,
    endTime: session.endTime,
    actualStartTime: session.actualStartTime,
    actualEndTime: session.actualEndTime,
    canceledAt: session.canceledAt,
    state: deriveSessionState(session, now),
    permissions: sessionPermissions(session, now),
    options: fromFeatureFlags(session.featureFlags),
    source,
    participants: session.participants.map((p) => {
      const contact = contacts.get(p.id);
      return {
        id: p.id,
        displayName: p.displayName,
        role: p.role,
        entryUrl: p.entryUrl,
        removed: Boolean(p.deletedAt),
        sms: contact?.phone ? maskPhone(contact.phone) : null,
        email: contact?.email ? maskEmail(contact.email) : null,
      };
    }),
  };
}
