'use client';
import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { ClinicPicker } from '@/components/clinic/clinic-picker';
import { useClinicChoice } from '@/components/clinic/clinic-memory';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { clinicParts } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import type { ZonedTeam } from '@/lib/core/team';
import type { DayReview } from '@/lib/sessions/view';
import { DayReviewTable } from './day-review-table';

/** A clinic day's sessions against their bookings: overruns, no-shows, missing summaries; CSV too. */
export function DayReviewView({ teams }: { teams: ZonedTeam[] }) {
  const [teamId, setTeamId] = useClinicChoice(teams);
  const team = teams.find((t) => t.id === teamId);
  const [date, setDate] = useState(() => clinicParts(Date.now(), team?.timezone ?? 'UTC').date);
  const query = useQuery({
    queryKey: queryKeys.dayReview(teamId, date),
    queryFn: () => fetchJson<DayReview>(`/api/teams/${teamId}/session-review?date=${date}`),
    enabled: Boolean(teamId && date),
  });
  const review = query.data;
  if (!team) return <p role="status">You are not a member of any clinic yet.</p>;
  const totals = review && [
    ['Sessions', review.totals.sessions],
    ['Finished', review.totals.finished],
    ['Cancelled', review.totals.cancelled],
    ['No-shows', review.totals.noShows],
    ['Ran past their slot', review.totals.overruns],
    ['Without a summary', review.totals.missingSummaries],
    ['Billable minutes', review.totals.billableMinutes],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <ClinicPicker teams={teams} value={teamId} onChange={setTeamId} className="min-w-56" />
        <TextField label="Day" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <a
          href={`/api/teams/${teamId}/session-review/export?date=${date}`}
          className="inline-flex h-target items-center gap-1.5 rounded-md border border-line-strong bg-surface px-3 text-sm font-medium hover:bg-surface-3 focus-visible:ring-2 focus-visible:ring-focus"
          download
        >
          <Download aria-hidden="true" size={16} />
          Export CSV
        </a>
      </div>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && (
        <p className="text-sm text-fg-muted">Reading {team.name}’s sessions and their summaries from Coviu…</p>
      )}
      {review && totals && (
        <>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4 lg:grid-cols-7" aria-label="Day totals">
            {totals.map(([label, value]) => (
              <div key={label} className="rounded-md border border-line bg-surface p-2">
                <dt className="text-fg-muted">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          {review.rows.length === 0 ? (
            <p className="rounded-md border border-line bg-surface p-4 text-sm">
              No sessions at {team.name} on this day. Choose another day or clinic above.
            </p>
          ) : (
            <DayReviewTable review={review} teamId={teamId} />
          )}
          <p className="text-xs text-fg-muted">Times are {review.timezone}.</p>
        </>
      )}
    </div>
  );
}
