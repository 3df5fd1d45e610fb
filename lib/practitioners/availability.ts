import { initialsOf } from '../waiting/patient-details';
import type { Availability, DerivedConsult, RosterPractitioner } from './types';

/** A caller admitted to a roster entry and still in the waiting area (left, ended, transferred are not). */
export interface OpenAdmission {
  practitionerId: string;
  mode: 'route' | 'room';
  callerName: string | null;
}

/** A booked session on now, with its hosts (roster ids). */
export interface SessionNow {
  hostIds: string[];
  endTime: string;
}

const ORDER: Record<Availability, number> = { available: 0, in_consult: 1, away: 2, off: 3 };

/**
 * What each practitioner is doing now. An open admission to them (a room, or a caller they are to
 * join in Coviu) or a session they host on now makes them "in a consult" whatever was set by hand:
 * Waitboard knows it, and a stale manual state is the usual reason for a wrong count.
 */
export function deriveConsult(
  id: string,
  admissions: OpenAdmission[],
  sessions: SessionNow[],
  formatTime: (iso: string) => string,
): DerivedConsult | null {
  const admitted = admissions.find((a) => a.practitionerId === id);
  if (admitted) {
    const who = initialsOf(admitted.callerName);
    return admitted.mode === 'room'
      ? { kind: 'room', label: `room with ${who}` }
      : { kind: 'admission', label: `joining ${who} in Coviu` };
  }
  const session = sessions.find((s) => s.hostIds.includes(id));
  return session ? { kind: 'session', label: `session until ${formatTime(session.endTime)}` } : null;
}

export function effectiveAvailability(manual: Availability, derived: DerivedConsult | null): Availability {
  return derived ? 'in_consult' : manual;
}

/** "In a consult (room with J. S.)" for derived states, the plain label otherwise. */
export function availabilityText(
  p: Pick<RosterPractitioner, 'availability' | 'derived'>,
  labels: Record<Availability, string>,
) {
  return p.derived ? `${labels.in_consult} (${p.derived.label})` : labels[p.availability];
}

/** Available first, then in a consult, away, off; by name within each; inactive entries last. */
export function byAvailability<T extends Pick<RosterPractitioner, 'availability' | 'name' | 'active'>>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      ORDER[a.availability] - ORDER[b.availability] ||
      a.name.localeCompare(b.name),
  );
}

/** How many active practitioners are available now. */
export function countAvailable(list: Pick<RosterPractitioner, 'availability' | 'active'>[]) {
  const active = list.filter((p) => p.active);
  return { available: active.filter((p) => p.availability === 'available').length, total: active.length };
}
