import { isForPractitioner } from '../practitioners/mine';
import { z } from 'zod';
import type { WaitLevel } from './thresholds';
import type { DashboardCaller } from './types';

const id = z.string().max(200, 'An id is at most 200 characters.');

/** The console's filters as a person's preferences store them (the name search is never stored). */
export const consoleFiltersSchema = z
  .object({
    teamId: id,
    queueId: id,
    claim: z.enum(['all', 'unclaimed', 'mine'], { error: 'claim must be "all", "unclaimed" or "mine".' }),
    level: z.enum(['any', 'critical', 'warn', 'ok'], {
      error: 'level must be "any", "critical", "warn" or "ok".',
    }),
  })
  .strict();

export type ConsoleFilters = z.infer<typeof consoleFiltersSchema>;

export const NO_FILTERS: ConsoleFilters = { teamId: '', queueId: '', claim: 'all', level: 'any' };

export function filtersActive(f: ConsoleFilters): boolean {
  return f.teamId !== '' || f.queueId !== '' || f.claim !== 'all' || f.level !== 'any';
}

/** The queue a caller counts in: where we reassigned them, else where Coviu has them. */
export const queueOf = (c: DashboardCaller) => c.triage.reassignedQueueId ?? c.queueId;

/** Team and queue: which part of the clinic is on screen (alerts follow this scope too). */
export function inScope(c: DashboardCaller, f: ConsoleFilters): boolean {
  return (!f.teamId || c.teamId === f.teamId) && (!f.queueId || queueOf(c) === f.queueId);
}

/** Someone is on them: claimed (and the claim still running), or admitted to a practitioner. */
export function isHandled(c: DashboardCaller): boolean {
  return c.triage.claimedBy !== null || c.triage.admission !== null;
}

/** Claimed by me, or admitted or reassigned to me. */
export function isMine(c: DashboardCaller, me: string): boolean {
  // Admissions and reassignments name roster entries, which are mine through their linked account.
  return c.triage.claimedBy?.id === me || isForPractitioner(c, me);
}

function levelMatches(level: WaitLevel, wanted: ConsoleFilters['level']): boolean {
  if (wanted === 'any') return true;
  // "Warning" means warning or worse: someone looking for late callers wants the critical ones too.
  if (wanted === 'warn') return level !== 'ok';
  return level === wanted;
}

export function matchesFilters(
  c: DashboardCaller,
  f: ConsoleFilters,
  me: string,
  levelOf: (c: DashboardCaller) => WaitLevel,
): boolean {
  if (!inScope(c, f)) return false;
  if (f.claim === 'unclaimed' && isHandled(c)) return false;
  if (f.claim === 'mine' && !isMine(c, me)) return false;
  return levelMatches(levelOf(c), f.level);
}

/** Saved filters naming a team or queue the person no longer has fall back to "all". */
export function sanitiseFilters(
  f: ConsoleFilters,
  teams: readonly { id: string; queues: readonly { id: string }[] }[],
): ConsoleFilters {
  const team = teams.find((t) => t.id === f.teamId);
  const queues = (team ? [team] : teams).flatMap((t) => t.queues.map((q) => q.id));
  return { ...f, teamId: team ? f.teamId : '', queueId: queues.includes(f.queueId) ? f.queueId : '' };
}
