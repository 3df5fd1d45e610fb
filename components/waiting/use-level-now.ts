'use client';
import { useEffect, useRef, useState } from 'react';
import { onTick } from '@/components/live/page-clock';
import { serverNow } from '@/components/live/server-clock';
import { nextLevelChange, type ThresholdSettings } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';

function nextChange(
  callers: DashboardCaller[],
  now: number,
  thresholds: ThresholdSettings,
  notJoinedAfterMs: number,
): number {
  let next = Infinity;
  for (const c of callers) {
    next = Math.min(next, nextLevelChange(c, now, thresholds));
    const a = c.triage.admission;
    if (a && !a.joinedAt) {
      const lateAt = Date.parse(a.admittedAt) + notJoinedAfterMs;
      if (lateAt > now) next = Math.min(next, lateAt);
    }
    // A claim running out is announced on time, not at the next level change.
    const claimEnds = c.triage.claimedUntil ? Date.parse(c.triage.claimedUntil) : Infinity;
    if (claimEnds > now) next = Math.min(next, claimEnds);
  }
  return next;
}

/**
 * A "now" that moves only when it matters: when some caller's wait level (or an admission's
 * not-joined state, or a claim) is due to change. Sorting, levels and alerts read it, so the list
 * re-renders a few times a minute instead of every second; each tick costs one compare. New data
 * does not move it either unless a level changed meanwhile: the levels read at the last "now" are
 * still today's, and a second render of 500 rows per update would double the update's cost.
 */
export function useLevelNow(
  callers: DashboardCaller[],
  thresholds: ThresholdSettings,
  notJoinedAfterMs: number,
): number {
  const [levelNow, setLevelNow] = useState(0);
  const nextAt = useRef(Infinity);
  useEffect(() => {
    const refresh = () => {
      const now = serverNow();
      nextAt.current = nextChange(callers, now, thresholds, notJoinedAfterMs);
      setLevelNow(now);
    };
    nextAt.current = levelNow ? nextChange(callers, levelNow, thresholds, notJoinedAfterMs) : -Infinity;
    if (serverNow() >= nextAt.current) refresh();
    return onTick(() => {
      if (serverNow() >= nextAt.current) refresh();
    });
    // levelNow is read, not watched: it only ever moves from here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [callers, thresholds, notJoinedAfterMs]);
  return levelNow || serverNow();
}
