'use client';
import { useSyncExternalStore } from 'react';

export interface Freshness {
  fetchedAt: string | null;
  error: string | null;
  intervalMs: number;
}

// How fresh each team's data is, kept apart from the callers: a poll that changed nothing only
// updates this, and only the header re-renders for it.
const byTeam = new Map<string, Freshness>();
const listeners = new Set<() => void>();
let version = 0;

export function setFreshness(teamId: string, value: Freshness): void {
  const current = byTeam.get(teamId);
  if (
    current &&
    current.fetchedAt === value.fetchedAt &&
    current.error === value.error &&
    current.intervalMs === value.intervalMs
  )
    return;
  byTeam.set(teamId, value);
  version++;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders when any team's freshness changes; returns a reader. */
export function useFreshness(): (teamId: string) => Freshness | undefined {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
  return (teamId) => byTeam.get(teamId);
}
