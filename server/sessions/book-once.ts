import 'server-only';
import type { NewSession, Session } from '@/lib/sessions/types';
import { coviu } from '../coviu';
import { isCoviuError } from '../coviu/errors';
import { currentKey } from '../idempotency-scope';
import { bookingsFor } from './bookings';

/** How far back a "start now" booking's earlier attempt may have started (its start is "now + lead"). */
const START_NOW_WINDOW_MS = 15 * 60_000;

/**
 * A session this booking may have made already: Coviu has no idempotency keys, so an earlier
 * attempt's session is recognised by its name, its times (for "start now", its length and a start
 * a little earlier) and its first host, and by not being any clinic's booking yet (a crash or a
 * lost answer came between making and recording it).
 */
async function madeEarlier(request: NewSession, startNow: boolean): Promise<Session | null> {
  const host = request.participants?.find((p) => p.role === 'HOST')?.state;
  const start = request.startTime.getTime();
  const length = request.endTime.getTime() - start;
  const from = startNow ? start - START_NOW_WINDOW_MS : start;
  const listed = await coviu().sessions.listAll({ startTime: new Date(from), ...(host ? { state: host } : {}) });
  const same = listed.filter((s) => {
    const begins = Date.parse(s.startTime);
    const times = startNow
      ? begins >= from && begins <= start && Date.parse(s.endTime) - begins === length
      : begins === start && Date.parse(s.endTime) === request.endTime.getTime();
    return !s.canceledAt && s.name === (request.name ?? null) && times;
  });
  if (!same.length) return null;
  const recorded = await bookingsFor(same.map((s) => s.id));
  return same.find((s) => !recorded.has(s.id)) ?? null;
}

/**
 * Makes a booking's Coviu session once (the README's recovery rule: look before creating again).
 * A request resumed from a process that died, or a create whose answer was lost (timeout, Coviu
 * unavailable), first looks for the session the earlier attempt made.
 */
export async function createSessionOnce(request: NewSession, startNow = false): Promise<Session> {
  if (currentKey()?.resumed) {
    const earlier = await madeEarlier(request, startNow);
    if (earlier) return earlier;
  }
  try {
    return await coviu().sessions.create(request);
  } catch (error) {
    if (!isCoviuError(error) || (error.code !== 'timeout' && error.code !== 'upstream_unavailable')) throw error;
    const earlier = await madeEarlier(request, startNow);
    if (earlier) return earlier;
    throw error;
  }
}
