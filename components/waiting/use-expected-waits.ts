'use client';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useServerNow } from '@/components/live/server-clock';
import { queryKeys } from '@/lib/core/query-keys';
import type { WaitEstimate } from '@/lib/waiting/expected-wait';
import { expectedWaits } from '@/lib/waiting/snapshot-estimates';
import type { WaitingSnapshot } from '@/lib/waiting/types';

const MINUTE = 60_000;

/** The page clock, to the minute: estimates are in whole minutes, so they are redone once a minute. */
export function useMinuteNow(): number {
  return Math.floor(useServerNow() / MINUTE) * MINUTE;
}

/** One team's snapshot as the dashboard's stream keeps it in the cache (read only, never fetched here). */
export function useTeamSnapshot(teamId: string): WaitingSnapshot | undefined {
  return useQuery<WaitingSnapshot>({ queryKey: queryKeys.waiting(teamId), queryFn: skipToken }).data;
}

export function useExpectedWaits(snapshot: WaitingSnapshot | undefined): Map<string, WaitEstimate> {
  const now = useMinuteNow();
  return useMemo(() => expectedWaits(snapshot, now), [snapshot, now]);
}
