'use client';
import { type UseQueryResult, useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { fetchJson } from '@/components/api-client/fetch-json';
import { isSigningOut } from '@/components/auth/sign-out-because';
import { noteServerTime } from '@/components/live/server-clock';
import { queryKeys } from '@/lib/core/query-keys';
import { applyChange } from '@/lib/waiting/apply-change';
import { setFreshness } from '@/components/live/freshness-store';
import { listenToWaitingStream } from '@/components/live/listen-to-waiting-stream';
import type { WaitingSnapshot } from '@/lib/waiting/types';

const FALLBACK_POLL_MS = 5_000;

/**
 * One SSE subscription per team, feeding the react-query cache. The browser's EventSource
 * reconnects by itself with Last-Event-ID; while a team's stream is down, its JSON endpoint is
 * polled instead.
 */
export function useWaitingStreams(teamIds: string[]) {
  const client = useQueryClient();
  const [connected, setConnected] = useState<Record<string, boolean>>({});
  const idsKey = teamIds.join(',');

  useEffect(() => {
    const sources = idsKey
      .split(',')
      .filter(Boolean)
      .map((teamId) => {
        const source = new EventSource(`/api/teams/${teamId}/waiting/stream`);
        const update = (fn: (s: WaitingSnapshot | undefined) => WaitingSnapshot | undefined) =>
          client.setQueryData<WaitingSnapshot>(queryKeys.waiting(teamId), fn);
        const mark = (value: boolean) => setConnected((c) => (c[teamId] === value ? c : { ...c, [teamId]: value }));
        source.addEventListener('open', () => mark(true));
        listenToWaitingStream(source, {
          snapshot: (snapshot) => {
            noteServerTime(snapshot.serverTime);
            setFreshness(teamId, snapshot);
            update(() => snapshot);
          },
          change: (change) => update((s) => applyChange(s, change)),
          // A manager changed the clinic's settings: thresholds and the rest apply without a reload.
          settings: (settings) => update((s) => s && { ...s, settings }),
          estimate: (waitBasis) => update((s) => s && { ...s, waitBasis }),
          status: (status) => {
            noteServerTime(status.serverTime);
            // Not into the callers' cache: a poll that changed nothing must not re-sort 500 rows.
            setFreshness(teamId, status);
          },
          end: () => {
            source.close();
            // This page's own sign-out is already navigating (perhaps to the provider's sign-out).
            if (isSigningOut()) return;
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops patient data from memory
            window.location.assign('/signin?reason=expired');
          },
        });
        source.onerror = () => mark(false);
        return source;
      });
    return () => sources.forEach((s) => s.close());
  }, [idsKey, client]);

  // `combine` keeps the same array while nothing changed, so what is derived from it is not redone.
  const combine = useCallback(
    (results: UseQueryResult<WaitingSnapshot, Error>[]) =>
      results.map((result, i) => {
        const teamId = idsKey.split(',')[i]!;
        return {
          teamId,
          snapshot: result.data,
          connected: Boolean(connected[teamId]),
          fallbackError: result.error ?? null,
        };
      }),
    [idsKey, connected],
  );
  return useQueries({
    queries: teamIds.map((teamId) => ({
      queryKey: queryKeys.waiting(teamId),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const snapshot = await fetchJson<WaitingSnapshot>(`/api/teams/${teamId}/waiting`, { signal });
        noteServerTime(snapshot.serverTime);
        setFreshness(teamId, snapshot);
        return snapshot;
      },
      refetchInterval: connected[teamId] ? (false as const) : FALLBACK_POLL_MS,
      staleTime: Infinity,
    })),
    combine,
  });
}
