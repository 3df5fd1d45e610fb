import type { DashboardCaller } from './types';

/**
 * How long a caller who left, ended or was transferred stays on the console. Two minutes is long
 * enough to see who just went (and undo a mistaken action, whose window is shorter) without the
 * list filling with people nobody can help any more; Coviu itself may keep them much longer.
 */
export const GONE_SHOWN_MS = 2 * 60_000;

function goneUntil(c: DashboardCaller): number | null {
  return c.endedAt ? Date.parse(c.endedAt) + GONE_SHOWN_MS : null;
}

/** The callers still worth showing at `now`: everyone, except those gone more than two minutes. */
export function recentCallers(callers: DashboardCaller[], now: number): DashboardCaller[] {
  const kept = callers.filter((c) => {
    const until = goneUntil(c);
    return until === null || until > now;
  });
  return kept.length === callers.length ? callers : kept;
}

/** When the next gone caller is due to drop off the list (Infinity if none). */
export function nextDropAt(callers: DashboardCaller[], now: number): number {
  let next = Infinity;
  for (const c of callers) {
    const until = goneUntil(c);
    if (until !== null && until > now) next = Math.min(next, until);
  }
  return next;
}
