import 'server-only';
import type { NewSession, Session } from '@/lib/sessions/types';
import { coviu } from '../coviu';
import { isCoviuError } from '../coviu/errors';
import { currentKey } from '../idempotency-scope';
import { bookingsFor } from './bookings';

/**
 * A session this booking may have made already: Coviu has no idempotency keys, so an earlier
 * attempt's session is recognised by its name, its exact times and its first host, and by not
 * being any clinic's booking yet (a crash or a lost answer came between making and recording it).
 */
async function madeEarlier(request: NewSession): Promise<Session | null> {
  const host = request.participants?.find((p) => p.role === 'HOST')?.state;
  const listed = await coviu().sessions.listAll({ startTime: request.startTime, ...(host ? { state: host } : {}) });
  const same = listed.filter(
    (s) =>
      !s.canceledAt &&
      s.name === (request.name ?? null) &&
      Date.parse(s.startTime) === request.startTime.getTime() &&
      Date.parse(s.endTime) === request.endTime.getTime(),
  );
  if (!same.length) return null;
  const recorded = await bookingsFor(same.map((s) => s.id));
  return same.find((s) => !recorded.has(s.id)) ?? null;
}

/**
 * Makes a booking's Coviu session once (the README's recovery rule: look before creating again).
 * A request resumed from a process that died, or a create whose answer was lost (timeout, Coviu
 * unavailable), first looks for the session the earlier attempt made.
 */
export async function createSessionOnce(request: NewSession): Promise<Session> {
  if (currentKey()?.resumed) {
    const earlier = await madeEarlier(request);
    if (earlier) return earlier;
  }
  try {
    return await coviu().sessions.create(request);
  } catch (error) {
    if (!isCoviuError(error) || (error.code !== 'timeout' && error.code !== 'upstream_unavailable')) throw error;
    const earlier = await madeEarlier(request);
    if (earlier) return earlier;
    throw error;
  }
}
