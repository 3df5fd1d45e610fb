import 'server-only';
import { inArray } from 'drizzle-orm';
import { formatClinicDateTime } from '@/lib/core/clinic-time';
import { mapLimited } from '@/lib/core/map-limited';
import { initialsOf } from '@/lib/waiting/patient-details';
import { coviu } from './coviu';
import { db } from './db';
import { calls, consultSessions, waitingQueues } from './db/schema';
import { runningHub } from './waiting/hub';

export type NameDisplay = 'full' | 'initials';
interface Ref {
  id: string;
  teamId: string | null;
}

/**
 * Callers in words: "J. C. · arrived Mon 24 Nov, 09:42 in General". We keep no patient details,
 * so a name is known only while Coviu still lists the caller (the pollers' latest read); after that
 * the log says when and where they arrived, which is ours to keep and enough to tell callers apart.
 * A name is shown as the viewer's privacy setting allows, and only in a response body.
 */
export async function describeCallers(
  refs: Ref[],
  names: NameDisplay,
  timezones: Map<string, string>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!refs.length) return out;
  const known = new Map<string, string>();
  const hub = runningHub();
  for (const teamId of new Set(refs.map((r) => r.teamId).filter((t): t is string => Boolean(t)))) {
    for (const c of hub?.running(teamId)?.snapshot().callers ?? []) {
      if (!c.name) continue;
      known.set(c.callId, c.name);
      known.set(c.rootCallId, c.name);
    }
  }
  const ids = [...new Set(refs.map((r) => r.id))];
  const rows = await (
    await db()
  )
    .select({ id: calls.id, teamId: calls.teamId, arrivedAt: calls.arrivedAt, queueId: calls.queueId })
    .from(calls)
    .where(inArray(calls.id, ids));
  const queueIds = [...new Set(rows.map((r) => r.queueId).filter((q): q is string => Boolean(q)))];
  const queues = queueIds.length
    ? await (
        await db()
      )
        .select({ id: waitingQueues.id, name: waitingQueues.name })
        .from(waitingQueues)
        .where(inArray(waitingQueues.id, queueIds))
    : [];
  const queueName = new Map(queues.map((q) => [q.id, q.name]));
  const arrival = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const name = known.get(id);
    const who = name ? (names === 'full' ? name : initialsOf(name)) : null;
    const call = arrival.get(id);
    const when = call ? formatClinicDateTime(call.arrivedAt, timezones.get(call.teamId) ?? 'UTC') : null;
    const queue = call?.queueId ? queueName.get(call.queueId) : undefined;
    const where = when ? `arrived ${when}${queue ? ` in ${queue}` : ''}` : null;
    if (who && where) out.set(id, `${who} · ${where}`);
    else if (who) out.set(id, who);
    else out.set(id, where ? `Caller who ${where}` : 'A caller no longer in Coviu’s waiting area');
  }
  return out;
}

const SESSION_NAME_TTL_MS = 10 * 60_000;
const COVIU_WAIT_MS = 2_000;
const sessionNames = new Map<string, { name: string | null; until: number }>();

async function sessionName(id: string, now: number): Promise<string | null> {
  const cached = sessionNames.get(id);
  if (cached && cached.until > now) return cached.name;
  try {
    const session = await coviu().sessions.get(id, {}, AbortSignal.timeout(COVIU_WAIT_MS));
    sessionNames.set(id, { name: session.name || null, until: now + SESSION_NAME_TTL_MS });
    return session.name || null;
  } catch {
    // Coviu slow, down or no longer showing it (a cancelled session): the booking's time says enough.
    return null;
  }
}

/**
 * Sessions by their name in Coviu (we keep only the booking's clinic and times), read a few at a
 * time with a short wait and remembered for a while, so the log stays quick when Coviu is not.
 */
export async function describeSessions(
  ids: string[],
  timezones: Map<string, string>,
  now = Date.now(),
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  if (!unique.length) return out;
  const booked = await (
    await db()
  )
    .select({ id: consultSessions.sessionId, teamId: consultSessions.teamId, start: consultSessions.startTime })
    .from(consultSessions)
    .where(inArray(consultSessions.sessionId, unique));
  const bookings = new Map(booked.map((b) => [b.id, b]));
  const names = await mapLimited(unique, 4, (id) => sessionName(id, now));
  unique.forEach((id, i) => {
    const booking = bookings.get(id);
    const when = booking ? formatClinicDateTime(booking.start, timezones.get(booking.teamId) ?? 'UTC') : null;
    const name = names[i];
    out.set(
      id,
      name && when ? `${name} (${when})` : (name ?? (when ? `Session booked for ${when}` : 'A Coviu session')),
    );
  });
  return out;
}
