import type { SessionState } from './state';

/**
 * The order a state's list reads in: what comes next first for upcoming and running sessions,
 * the most recent first for finished ones (yesterday's consults, not last week's, are asked about).
 */
export function orderForState<T extends { startTime: string; id: string }>(sessions: T[], state: SessionState): T[] {
  const newestFirst = state === 'finished';
  return [...sessions].sort((a, b) => {
    const diff = Date.parse(a.startTime) - Date.parse(b.startTime);
    return (newestFirst ? -diff : diff) || a.id.localeCompare(b.id);
  });
}
