import type { DashboardCaller } from './types';

/**
 * The caller still waiting (or on hold) who arrived first, across transfers: who has waited
 * longest in all, whatever their priority or threshold (the urgency order `j` follows weighs those).
 */
export function longestWaiting(callers: readonly DashboardCaller[]): DashboardCaller | null {
  let best: DashboardCaller | null = null;
  let bestAt = Infinity;
  for (const c of callers) {
    if (c.status !== 'waiting' && c.status !== 'on-hold') continue;
    const at = Date.parse(c.arrivedAt);
    if (at < bestAt || (at === bestAt && best && c.callId < best.callId)) {
      best = c;
      bestAt = at;
    }
  }
  return best;
}
