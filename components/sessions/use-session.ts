'use client';
import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/api-client/fetch-json';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { SessionView } from '@/lib/sessions/view';

export function useSession(teamId: string, sessionId: string) {
  return useQuery({
    queryKey: queryKeys.session(teamId, sessionId),
    queryFn: () =>
      fetchJson<{ session: SessionView }>(`/api/teams/${teamId}/sessions/${sessionId}`).then((r) => r.session),
    // The state follows the clock (upcoming → in progress → finished), so look again now and then.
    refetchInterval: 30_000,
    retry: (count, error) => count < 2 && !('status' in error && (error as { status: number }).status < 500),
  });
}

/** A change to this session; on success the session, its parts and the clinic's list are fetched again. */
export function useSessionMutation<TVars>(
  teamId: string,
  sessionId: string,
  method: 'POST' | 'PATCH' | 'DELETE',
  toRequest: (vars: TVars) => { path?: string; body?: unknown },
) {
  return useApiMutation<TVars>(
    method,
    (vars) => {
      const { path = '', body } = toRequest(vars);
      return { url: `/api/teams/${teamId}/sessions/${sessionId}${path}`, body };
    },
    [queryKeys.session(teamId, sessionId), queryKeys.sessionsOf(teamId)],
  );
}
