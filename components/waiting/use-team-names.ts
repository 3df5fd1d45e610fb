'use client';
import { useMemo } from 'react';
import type { DashboardTeam } from '@/lib/core/team';

/** Names of the person's clinics and queues and the clinics' zones, looked up by id; stable while the teams are. */
export function useTeamNames(teams: DashboardTeam[]) {
  return useMemo(() => {
    const queues = new Map(teams.flatMap((t) => t.queues.map((q) => [q.id, q.name] as const)));
    const clinics = new Map(teams.map((t) => [t.id, t.name] as const));
    return {
      /** For the list's queue column. */
      queueName: (id: string | null) => (id && queues.get(id)) || 'Unknown queue',
      /** For sentences ("waiting in a queue"). */
      nameOfQueue: (id: string | null) => (id && queues.get(id)) || 'a queue',
      clinicOf: (teamId: string) => clinics.get(teamId) ?? null,
      /** For times on the console (components/waiting/clinic-zone.tsx). */
      zones: new Map(teams.map((t) => [t.id, t.timezone] as const)),
    };
  }, [teams]);
}
