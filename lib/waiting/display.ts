import { EMPTY_TRIAGE, type DashboardCaller } from './types';

/** "Summer Hammes" → "S. H."; a wall display shows no more than that unless the clinic chose names. */
export function initials(name: string | null): string {
  if (!name) return '—';
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join(' ');
}

/**
 * What a wall display may know of a caller: wait clocks, status, queue and priority. Notes, who
 * claimed them, admissions (with their entry links) and full names stay with the staff screens.
 */
export function forDisplay(caller: DashboardCaller, names: 'initials' | 'full'): DashboardCaller {
  return {
    ...caller,
    name: names === 'full' ? caller.name : initials(caller.name),
    triage: { ...EMPTY_TRIAGE, priority: caller.triage.priority, version: caller.triage.version },
  };
}
