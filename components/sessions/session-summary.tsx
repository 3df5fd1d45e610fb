'use client';
import { useQuery } from '@tanstack/react-query';
import { Notice } from '@/components/ui/notice';
import { TableHead } from '@/components/ui/table-head';
import { fetchJson } from '@/components/api-client/fetch-json';
import { formatClinicTime } from '@/lib/core/clinic-time';
import { formatSpan } from '@/lib/sessions/billable';
import { queryKeys } from '@/lib/core/query-keys';
import type { SessionReview } from '@/lib/sessions/review';
import { AttendanceTimeline } from './attendance-timeline';

const signed = (ms: number | null) =>
  ms === null ? '—' : `${ms > 0 ? '+' : ms < 0 ? '−' : ''}${formatSpan(Math.abs(ms))}`;

export function SessionSummary({
  teamId,
  sessionId,
  timezone,
}: {
  teamId: string;
  sessionId: string;
  timezone: string;
}) {
  const query = useQuery({
    queryKey: queryKeys.sessionPart(teamId, sessionId, 'summary'),
    queryFn: () =>
      fetchJson<{ review: SessionReview }>(`/api/teams/${teamId}/sessions/${sessionId}/summary`).then((r) => r.review),
  });
  const time = (iso: string | null) => (iso ? formatClinicTime(iso, timezone) : '—');
  const r = query.data;
  return (
    <section aria-labelledby="summary" className="space-y-4">
      <h2 id="summary" className="text-lg font-semibold">
        What happened
      </h2>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {!r ? (
        !query.error && <p className="text-sm text-slate-600">Loading the summary…</p>
      ) : (
        <>
          <div className="rounded border border-slate-300 bg-slate-50 p-3" data-testid="billable">
            <p className="text-lg font-semibold">Billable: {r.billable.minutes} min</p>
            <p className="text-sm text-slate-800">Working: {r.billable.working}</p>
          </div>
          {r.empty && <Notice tone="info">Nobody joined this session, so Coviu has no attendance for it.</Notice>}
          {!r.empty && r.noShow && <Notice tone="info">No guest joined this session (a no-show).</Notice>}
          <table className="text-left text-sm" aria-label="Booked and actual times">
            <TableHead columns={['', 'Start', 'End', 'Length']} />
            <tbody>
              <tr className="border-b border-slate-100">
                <th scope="row" className="p-2 font-medium">
                  Booked
                </th>
                <td className="p-2">{time(r.scheduledStart)}</td>
                <td className="p-2">{time(r.scheduledEnd)}</td>
                <td className="p-2">{formatSpan(r.scheduledMs)}</td>
              </tr>
              <tr className="border-b border-slate-100">
                <th scope="row" className="p-2 font-medium">
                  Actual
                </th>
                <td className="p-2">{time(r.actualStart)}</td>
                <td className="p-2">{time(r.actualEnd)}</td>
                <td className="p-2">{r.actualMs === null ? '—' : formatSpan(r.actualMs)}</td>
              </tr>
              <tr>
                <th scope="row" className="p-2 font-medium">
                  Difference
                </th>
                <td className="p-2">{signed(r.lateStartMs)} late</td>
                <td className="p-2">
                  {signed(r.overrunMs)} {r.overrunMs !== null && r.overrunMs > 0 ? 'overrun' : ''}
                </td>
                <td />
              </tr>
            </tbody>
          </table>
          <AttendanceTimeline review={r} timezone={timezone} />
          <table className="text-left text-sm" aria-label="Bandwidth">
            <TableHead columns={['Bandwidth (as Coviu reports it)', 'Min', 'Average', 'Max']} />
            <tbody>
              {(['sent', 'received'] as const).map((dir) => (
                <tr key={dir} className="border-b border-slate-100">
                  <th scope="row" className="p-2 font-medium">
                    {dir === 'sent' ? 'Sent' : 'Received'}
                  </th>
                  <td className="p-2">{r[dir].min ?? '—'}</td>
                  <td className="p-2">{r[dir].avg ?? '—'}</td>
                  <td className="p-2">{r[dir].max ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
