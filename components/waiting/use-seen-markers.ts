'use client';
import { useCallback, useState } from 'react';
import { type Marker, markerSince, seenStamp } from '@/lib/waiting/new-since';
import type { DashboardCaller } from '@/lib/waiting/types';

/**
 * "New" and "Changed" since the person last looked at each team's list (`lastLooked`, team id →
 * ms, kept on the server per person, so two people on one PC each get their own). Selecting a
 * caller, or "Mark all as seen", clears their mark until their triage changes again.
 */
export function useSeenMarkers(lastLooked: Readonly<Record<string, number>>) {
  const [seen, setSeen] = useState<ReadonlyMap<string, string>>(() => new Map());
  const markerOf = useCallback(
    (c: DashboardCaller): Marker =>
      markerSince(c, lastLooked[c.teamId] ?? Number.POSITIVE_INFINITY, seen.get(c.rootCallId)),
    [lastLooked, seen],
  );
  const markSeen = useCallback((callers: readonly DashboardCaller[]) => {
    setSeen((previous) => {
      if (callers.every((c) => previous.get(c.rootCallId) === seenStamp(c))) return previous;
      const next = new Map(previous);
      for (const c of callers) next.set(c.rootCallId, seenStamp(c));
      return next;
    });
  }, []);
  return { markerOf, markSeen };
}
