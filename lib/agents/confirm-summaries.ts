/**
 * What a destructive agent tool will do, in the words put to the staff member before they agree.
 * Session names and participants' names as the token may show them; never a phone or an email.
 */

interface SessionFacts {
  name: string | null;
  startTime: string;
  endTime: string;
  /** People still in the session (removed ones are not counted). */
  participants: number;
}

/** "Wed 2 Dec at 10:00 am" in the clinic's timezone. */
export function clinicWhen(instant: string | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-AU', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} at ${part('hour')}:${part('minute')} ${part('dayPeriod').toLowerCase()}`;
}

function minutesOf(session: SessionFacts): number {
  return Math.round((Date.parse(session.endTime) - Date.parse(session.startTime)) / 60_000);
}

/** "the 45-minute session 'Follow-up' on Wed 2 Dec at 10:00 am (clinic time)" */
function sessionPhrase(session: SessionFacts, timeZone: string): string {
  const named = session.name?.trim() ? ` '${session.name.trim()}'` : ' (no name)';
  return `the ${minutesOf(session)}-minute session${named} on ${clinicWhen(session.startTime, timeZone)} (clinic time)`;
}

const people = (n: number) => `${n} ${n === 1 ? 'participant' : 'participants'}`;

export function cancelSummary(session: SessionFacts, timeZone: string): string {
  return `Cancel ${sessionPhrase(session, timeZone)} with ${people(session.participants)}. It cannot be undone.`;
}

export function removeSummary(
  person: { name: string; role: 'HOST' | 'GUEST' | 'PARTICIPANT' },
  session: SessionFacts,
  timeZone: string,
): string {
  const role = person.role === 'HOST' ? 'host' : 'guest';
  return (
    `Remove ${person.name} (${role}) from ${sessionPhrase(session, timeZone)}. ` +
    'Their entry link stops working; to bring them back, add them again and send the new link.'
  );
}
