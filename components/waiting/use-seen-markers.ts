'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { DashboardCaller } from '@/lib/waiting/types';

type Seen = Record<string, string>;

const EMPTY: Seen = {};
const cache = new Map<string, { raw: string | null; value: Seen }>();
const listeners = new Set<() => void>();

function read(key: string): Seen {
  const raw = localStorage.getItem(key);
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value;
  let value: Seen = EMPTY;
  try {
    value = raw ? (JSON.parse(raw) as Seen) : EMPTY;
  } catch {
    value = EMPTY;
  }
  cache.set(key, { raw, value });
  return value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

const stamp = (c: DashboardCaller) => c.status;

/**
 * "New" and "Changed since you last looked", per person and per browser (shared by its tabs): a
 * caller is marked until the person selects them or marks everything seen.
 */
export function useSeenMarkers(userId: string) {
  const key = `waitboard:seen:${userId}`;
  const seen = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => EMPTY,
  );
  const markerOf = (c: DashboardCaller): 'new' | 'changed' | null => {
    const previous = seen[c.rootCallId];
    if (previous === undefined) return 'new';
    return previous === stamp(c) ? null : 'changed';
  };
  const markSeen = useCallback(
    (callers: DashboardCaller[]) => {
      const next = { ...read(key) };
      for (const c of callers) next[c.rootCallId] = stamp(c);
      const keys = Object.keys(next);
      // Keep the store small: forget the oldest marks past a few thousand.
      for (const k of keys.slice(0, Math.max(0, keys.length - 3_000))) delete next[k];
      localStorage.setItem(key, JSON.stringify(next));
      listeners.forEach((l) => l());
    },
    [key],
  );
  return { markerOf, markSeen };
}
