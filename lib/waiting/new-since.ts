import type { DashboardCaller } from './types';

export type Marker = 'new' | 'changed' | null;

/** What the person saw of a caller when they selected them: the triage's last change. */
export function seenStamp(c: DashboardCaller): string {
  return c.triage.changedAt ?? '';
}

const after = (at: string | null | undefined, lookedAt: number) => Boolean(at) && Date.parse(at!) > lookedAt;

/**
 * "New" for a caller who arrived after the person last looked at their team's list, "Changed" for
 * one whose triage changed after it. Selecting a caller (or "Mark all as seen") clears the mark
 * until their triage changes again; `seen` is the stamp taken then.
 */
export function markerSince(c: DashboardCaller, lookedAt: number, seen: string | undefined): Marker {
  if (seen !== undefined) return seenStamp(c) !== seen ? 'changed' : null;
  if (after(c.arrivedAt, lookedAt)) return 'new';
  return after(c.triage.changedAt, lookedAt) ? 'changed' : null;
}
