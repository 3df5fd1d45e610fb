import 'server-only';
import type { NewParticipant } from '@/lib/sessions/types';
import type { GuestInput } from '@/lib/sessions/schemas';
import { HttpError } from '../errors';
import { practitionersByTeam } from '../practitioners/entries';

// Participants' states say who they are to Waitboard: a host is an entry of the clinic's
// practitioner roster (server/practitioners), a guest is the booking's n-th guest (their contacts are matched back by it).
export const HOST_STATE = 'waitboard:host:';
export const GUEST_STATE = 'waitboard:guest:';

/** The clinic's practitioners chosen as hosts; anyone else is refused. */
export async function hostsFor(teamId: string, ids: string[]) {
  const practitioners = (await practitionersByTeam([teamId])).get(teamId) ?? [];
  return ids.map((id) => {
    const found = practitioners.find((p) => p.id === id);
    if (!found) throw new HttpError(400, 'unknown_host', 'Choose hosts from this clinic’s practitioner roster.');
    return found;
  });
}

export function guestParticipant(guest: GuestInput, index: number): NewParticipant {
  return { displayName: guest.name, role: 'GUEST', state: `${GUEST_STATE}${index}`, phone: guest.phone };
}
