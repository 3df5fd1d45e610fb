'use client';
import { Stethoscope } from 'lucide-react';
import Link from 'next/link';
import { memo, useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { countAvailable } from '@/lib/practitioners/availability';
import { queryKeys } from '@/lib/core/query-keys';
import type { DashboardCaller } from '@/lib/waiting/types';
import { useRosters } from './use-roster';

/**
 * "3 of 5 practitioners available" per clinic, for the console header. An admission made or ended
 * on any desk changes who is in a consult, so the roster is re-read when the callers' admissions
 * change (the stream brings those at once), not only on its timer.
 */
export const AvailabilitySummary = memo(
  AvailabilityList,
  // The header re-renders every second for its clocks; this only when its clinics or callers change.
  (a, b) => a.callers === b.callers && a.teamIds.join() === b.teamIds.join(),
);

function AvailabilityList({ teamIds, callers }: { teamIds: string[]; callers: DashboardCaller[] }) {
  const rosters = useRosters(teamIds);
  const client = useQueryClient();
  const admissions = useMemo(
    () =>
      callers
        .filter((c) => c.triage.admission)
        .map((c) => `${c.callId}:${c.status}:${c.triage.admission!.practitioner.id}`)
        .sort()
        .join(','),
    [callers],
  );
  useEffect(() => {
    for (const id of teamIds) void client.invalidateQueries({ queryKey: queryKeys.roster(id) });
    // Only a change of admissions should re-read; the team list is in each query's key already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [admissions, client]);
  const many = teamIds.length > 1;
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-1 text-body"
      aria-label="Practitioners available"
      data-testid="availability-summary"
    >
      {rosters.map((r, i) => {
        if (!r.data) return null;
        const { available, total } = countAvailable(r.data.practitioners);
        return (
          <li key={teamIds[i]} className="flex items-start gap-1" data-team={teamIds[i]}>
            <Stethoscope aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-fg-muted" />
            {/* One run of text, so on a phone it wraps as a sentence, not as two columns. */}
            <span>
              {many && <span className="text-fg-muted">{r.data.teamName}: </span>}
              <Link href="/practitioners" className="font-semibold underline-offset-4 hover:underline">
                {available} of {total} practitioners available
              </Link>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
