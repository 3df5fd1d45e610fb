'use client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/api-client/fetch-json';
import { useApiMutation } from '@/components/api-client/use-api-mutation';
import { queryKeys } from '@/lib/core/query-keys';
import type { Availability, RosterResponse } from '@/lib/practitioners/types';

/** Availability changes by hand elsewhere too (another desk, the practitioner): re-read now and then. */
const REFRESH_MS = 15_000;

const rosterQuery = (teamId: string) => ({
  queryKey: queryKeys.roster(teamId),
  queryFn: () => fetchJson<RosterResponse>(`/api/teams/${teamId}/practitioners`),
  refetchInterval: REFRESH_MS,
});

/** One clinic's roster with availability now; `enabled` false while no clinic is chosen. */
export function useRoster(teamId: string | null | undefined) {
  return useQuery({ ...rosterQuery(teamId ?? ''), enabled: Boolean(teamId) });
}

export function useRosters(teamIds: string[]) {
  return useQueries({ queries: teamIds.map(rosterQuery) });
}

export function useSetAvailability(teamId: string) {
  return useApiMutation<{ id: string; availability: Availability }>(
    'POST',
    ({ id, availability }) => ({
      url: `/api/teams/${teamId}/practitioners/${id}/availability`,
      body: { availability },
    }),
    [queryKeys.roster(teamId)],
  );
}

export interface EntryChanges {
  name?: string;
  coviuName?: string | null;
  userId?: string | null;
  active?: boolean;
}

/** Managers: add to the roster. */
export function useAddPractitioner(teamId: string) {
  return useApiMutation<{ name: string; coviuName?: string | null; userId?: string | null }>(
    'POST',
    (body) => ({ url: `/api/teams/${teamId}/roster`, body }),
    [queryKeys.roster(teamId)],
  );
}

/** Managers: rename, link or unlink an account, (de)activate. */
export function useChangePractitioner(teamId: string) {
  return useApiMutation<{ id: string; changes: EntryChanges }>(
    'PATCH',
    ({ id, changes }) => ({ url: `/api/teams/${teamId}/roster/${id}`, body: changes }),
    [queryKeys.roster(teamId)],
  );
}
