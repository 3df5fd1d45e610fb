'use client';
import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { MediaItem } from '@/lib/sessions/view';

/** The session's recordings and submissions (one request, shared by the summary and the players). */
export function useSessionMedia(teamId: string, sessionId: string) {
  return useQuery({
    queryKey: queryKeys.sessionPart(teamId, sessionId, 'media'),
    queryFn: () =>
      fetchJson<{ media: MediaItem[] }>(`/api/teams/${teamId}/sessions/${sessionId}/media`).then((r) => r.media),
  });
}
