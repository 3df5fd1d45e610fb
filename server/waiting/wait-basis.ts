import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { WaitingCall } from '@/lib/waiting/call';
import { buildWaitBasis, type ConsultRow, HISTORY_DAYS, type HourRow, type WaitBasis } from '@/lib/waiting/wait-basis';
import { onSignal, signal } from '../cluster/bus';
import { db } from '../db';
import { practitioners, teams } from '../db/schema';
import { log } from '../log';
import { consultBinsOf, hoursOf, rowsOf } from '../reports/sql';

// Each clinic's expected-wait basis, read from its calls of the last 14 days with the reports' own
// SQL. It is cached: read again when a poll shows a call newly answered, ended or given up (at
// most every REREAD_MS), and at least every MAX_AGE_MS (the clock moves on; practitioners come
// and go). The browser computes each caller's range from it with the page's one clock.

const MAX_AGE_MS = 5 * 60_000;
const REREAD_MS = 10_000;
const DAY = 86_400_000;

/**
 * The practitioners working now, from the clinic's roster: active and not set away or off, so
 * available or in a consult (those in a consult will be free again). Not the roster's
 * `availablePractitionerCount`, which counts only the free ones and would make every busy clinic
 * look unstaffed; and not its derived "in a consult", which cannot change who is working. Null
 * when the clinic has no roster: the model then reads practitioners off the answers per hour.
 */
async function practitionersWorkingNow(teamId: string): Promise<number | null> {
  const database = await db();
  const all = await database
    .select({ availability: practitioners.availability })
    .from(practitioners)
    .where(and(eq(practitioners.teamId, teamId), eq(practitioners.active, true)));
  if (!all.length) return null;
  return all.filter((p) => p.availability !== 'away' && p.availability !== 'off').length;
}

async function readBasis(teamId: string, now: number): Promise<WaitBasis | null> {
  const database = await db();
  const [team] = await database.select({ timezone: teams.timezone }).from(teams).where(eq(teams.id, teamId));
  if (!team) return null;
  const window = {
    teamId,
    queueId: null,
    from: new Date(now - HISTORY_DAYS * DAY),
    until: new Date(now),
    timezone: team.timezone,
  };
  const hours: HourRow[] = (await rowsOf(database, hoursOf(window))).map((r) => ({
    queueId: String(r.queue_id),
    localDate: String(r.local_date),
    hour: Number(r.hour),
    answered: Number(r.answered),
    abandoned: Number(r.abandoned),
  }));
  const consults: ConsultRow[] = (await rowsOf(database, consultBinsOf(window))).map((r) => ({
    queueId: String(r.queue_id),
    bin: Number(r.bin),
    count: Number(r.count),
    lengthSum: Number(r.length_sum),
  }));
  const working = await practitionersWorkingNow(teamId);
  return buildWaitBasis({ teamId, timezone: team.timezone, now, hours, consults, practitioners: working });
}

interface Entry {
  basis: WaitBasis | null;
  readAt: number;
  stale: boolean;
  /** What the last poll showed of settled calls, to notice a new one. */
  seen: string;
  reading: Promise<WaitBasis | null> | null;
}

const holder = globalThis as unknown as { waitboardWaitBases?: Map<string, Entry> };
const cache = (holder.waitboardWaitBases ??= new Map());

/** A poll's calls: a call newly answered, ended or given up changes the history, so read it again soon. */
export function noteSettledCalls(teamId: string, calls: WaitingCall[]): void {
  const settled = calls.filter((c) => c.answeredAt || c.finishedAt || c.leftQueueAt);
  const seen = `${settled.length}|${settled
    .map((c) => c.finishedAt ?? c.leftQueueAt ?? c.answeredAt)
    .sort()
    .at(-1)}`;
  const entry = cache.get(teamId);
  if (entry && entry.seen !== seen) {
    entry.seen = seen;
    entry.stale = true;
  }
}

/** Something the basis counts changed (a practitioner's availability): read it again within seconds. */
/**
 * The roster changed: whichever instance polls the clinic re-reads who is working at its next
 * poll. A signal, as that may be another instance (the embedded server signals itself).
 */
export async function rosterChanged(teamId: string): Promise<void> {
  await signal({ kind: 'roster', teamId });
}

const listening = globalThis as unknown as { waitboardRosterSignals?: boolean };

/** Started by the first read (a poller's): the poller, wherever it runs, is who must hear of roster changes. */
function listenForRosterChanges(): void {
  if (listening.waitboardRosterSignals) return;
  listening.waitboardRosterSignals = true;
  onSignal('roster', (s) => waitBasisStale(s.teamId));
}

export function waitBasisStale(teamId: string): void {
  const entry = cache.get(teamId);
  if (entry) entry.stale = true;
}

/** The clinic's basis, cached; a failed read keeps the last one (an estimate is never worth a failed poll). */
export async function teamWaitBasis(teamId: string, now = Date.now()): Promise<WaitBasis | null> {
  listenForRosterChanges();
  let entry = cache.get(teamId);
  if (!entry) {
    entry = { basis: null, readAt: -Infinity, stale: true, seen: '', reading: null };
    cache.set(teamId, entry);
  }
  const due = now - entry.readAt >= MAX_AGE_MS || (entry.stale && now - entry.readAt >= REREAD_MS);
  if (!due || entry.reading) return entry.basis;
  const current = entry;
  current.stale = false;
  current.readAt = now;
  current.reading = readBasis(teamId, now)
    .then((basis) => (current.basis = basis ?? current.basis))
    .catch((error: unknown) => {
      log.warn('expected-wait basis failed', { team: teamId, name: (error as Error)?.name });
      return current.basis;
    })
    .finally(() => (current.reading = null));
  return current.reading;
}

/** For the team pollers (server/waiting/poller-deps.ts): the latest basis, and a refresh that sends a new one. */
const sent = new Map<string, WaitBasis>();
export const waitBases = {
  latest: (teamId: string): WaitBasis | null => cache.get(teamId)?.basis ?? null,
  async refresh(teamId: string, send: (basis: WaitBasis) => void): Promise<void> {
    const basis = await teamWaitBasis(teamId);
    if (basis && sent.get(teamId) !== basis) send(basis);
    if (basis) sent.set(teamId, basis);
  },
};
