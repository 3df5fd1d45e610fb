'use client';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useServerNow } from '@/components/live/server-clock';
import { queryKeys } from '@/lib/core/query-keys';
import { estimateWait, queuePositions, type WaitEstimate } from '@/lib/waiting/expected-wait';
import { DEFAULT_THRESHOLD_SETTINGS, type ThresholdSettings } from '@/lib/waiting/thresholds';
import type { WaitingSnapshot } from '@/lib/waiting/types';

const MINUTE = 60_000;

/** The page clock, to the minute: estimates are in whole minutes, so they are redone once a minute. */
export function useMinuteNow(): number {
  return Math.floor(useServerNow() / MINUTE) * MINUTE;
}

/**
 * Every waiting caller's expected wait in one team's snapshot, computed once per data change or
 * minute (positions are read off one sort of the team's callers, in the console's order).
 */
export function expectedWaits(snapshot: WaitingSnapshot | undefined, now: number): Map<string, WaitEstimate> {
  const result = new Map<string, WaitEstimate>();
  const basis = snapshot?.waitBasis;
  if (!snapshot || !basis) return result;
  const thresholds = (snapshot.settings?.thresholds as ThresholdSettings | undefined) ?? DEFAULT_THRESHOLD_SETTINGS;
  for (const [callId, position] of queuePositions(snapshot.callers, now, thresholds))
    result.set(callId, estimateWait(basis, position, now));
  return result;
}

/** One team's snapshot as the dashboard's stream keeps it in the cache (read only, never fetched here). */
export function useTeamSnapshot(teamId: string): WaitingSnapshot | undefined {
  return useQuery<WaitingSnapshot>({ queryKey: queryKeys.waiting(teamId), queryFn: skipToken }).data;
}

export function useExpectedWaits(snapshot: WaitingSnapshot | undefined): Map<string, WaitEstimate> {
  const now = useMinuteNow();
  return useMemo(() => expectedWaits(snapshot, now), [snapshot, now]);
}
