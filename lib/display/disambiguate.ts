import type { DashboardCaller } from '../waiting/types';

/**
 * Each caller's label on the wall: the name as the display received it (initials, unless the
 * clinic chose full names), and, where two or more share it, "(1)", "(2)"… by first arrival.
 *
 * Why a number and not more of the name: the wall is seen by anyone in the room, and a number
 * tells them nothing new (the order of arrival is already on the wall in the wait clocks), while
 * a second letter of a family name narrows down who the person is. The queue's name is not enough
 * either: namesakes often wait in the same queue. Staff match the number to the console, where
 * the same callers are listed with their full names and arrival times.
 */
export function displayLabels(callers: Pick<DashboardCaller, 'callId' | 'name' | 'arrivedAt'>[]): Map<string, string> {
  const groups = new Map<string, typeof callers>();
  for (const c of callers) {
    const key = c.name ?? '—';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const labels = new Map<string, string>();
  for (const [name, group] of groups) {
    if (group.length === 1) {
      labels.set(group[0]!.callId, name);
      continue;
    }
    const byArrival = [...group].sort(
      (a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) || a.callId.localeCompare(b.callId),
    );
    byArrival.forEach((c, i) => labels.set(c.callId, `${name} (${i + 1})`));
  }
  return labels;
}
