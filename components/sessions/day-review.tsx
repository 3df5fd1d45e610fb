'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { clinicParts, formatClinicTime } from '@/lib/core/clinic-time';
import { queryKeys } from '@/lib/core/query-keys';
import type { DayReview } from '@/lib/sessions/view';
import { StateBadge } from './state-badge';
import type { ZonedTeam } from '@/lib/core/team';

const yesNo = (v: boolean | null, yes: string) => (v === null ? '—' : v ? `⚠ ${yes}` : 'No');
const mins = (v: number | null) => (v === null ? '—' : `${v} min`);

/** A clinic day's sessions against their bookings: overruns, no-shows, missing summaries; CSV too. */
export function DayReviewView({ teams }: { teams: ZonedTeam[] }) {
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const team = teams.find((t) => t.id === teamId);
  const [date, setDate] = useState(() => clinicParts(Date.now(), team?.timezone ?? 'UTC').date);
  const query = useQuery({
    queryKey: queryKeys.dayReview(teamId, date),
    queryFn: () => fetchJson<DayReview>(`/api/teams/${teamId}/session-review?date=${date}`),
    enabled: Boolean(teamId && date),
  });
  const review = query.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        {teams.length > 1 && (
          <SelectField label="Clinic" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField label="Day" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <a
          href={`/api/teams/${teamId}/session-review/export?date=${date}`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          download
        >
          Export CSV
        </a>
      </div>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {query.isPending && (
        <p className="text-sm text-slate-600">Reading the day’s sessions and their summaries from Coviu…</p>
      )}
      {review && (
        <>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" aria-label="Day totals">
            {[
              ['Sessions', review.totals.sessions],
              ['Finished', review.totals.finished],
              ['Cancelled', review.totals.cancelled],
              ['No-shows', review.totals.noShows],
              ['Overran', review.totals.overruns],
              ['Without a summary', review.totals.missingSummaries],
              ['Billable minutes', review.totals.billableMinutes],
            ].map(([label, value]) => (
              <div key={label} className="rounded border border-slate-200 p-2">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-lg font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          {review.rows.length === 0 ? (
            <p className="text-sm text-slate-700">No sessions on this day.</p>
          ) : (
            <table className="w-full text-left text-sm" aria-label="Sessions on this day">
              <TableHead
                columns={[
                  'Starts',
                  'Session',
                  'State',
                  'Booked',
                  'Actual',
                  'Overrun',
                  'No-show',
                  'Summary',
                  'Billable',
                ]}
              />
              <tbody>
                {review.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100">
                    <td className="p-2">{formatClinicTime(r.scheduledStart, review.timezone).slice(0, 5)}</td>
                    <td className="p-2">
                      <Link
                        href={`/sessions/${teamId}/${r.id}`}
                        className="text-brand underline-offset-4 hover:underline"
                      >
                        {r.name || 'Untitled session'}
                      </Link>
                    </td>
                    <td className="p-2">
                      <StateBadge state={r.state} />
                    </td>
                    <td className="p-2">{mins(r.scheduledMinutes)}</td>
                    <td className="p-2">{mins(r.actualMinutes)}</td>
                    <td className="p-2">
                      {r.overrunMinutes !== null && r.overrunMinutes > 0
                        ? `⚠ +${r.overrunMinutes} min`
                        : mins(r.overrunMinutes)}
                    </td>
                    <td className="p-2">{yesNo(r.noShow, 'Guest never joined')}</td>
                    <td className="p-2">{r.state !== 'finished' ? '—' : r.missingSummary ? '⚠ Missing' : 'Yes'}</td>
                    <td className="p-2">{mins(r.billableMinutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
