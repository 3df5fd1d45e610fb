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
import { SessionFacts } from './session-facts';

const BANDWIDTH_NOTE =
  'The figures Coviu reports for each direction, across everyone in the call. Coviu does not document their unit, so they are shown as Coviu gives them.';

/** What happened in a finished session: the key facts first, then attendance, times and connection. */
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
  const time = (iso: string | null) => (iso ? formatClinicTime(iso, timezone).slice(0, 5) : '—');
  const r = query.data;
  return (
    <section aria-labelledby="summary" className="space-y-4">
      <h2 id="summary" className="text-heading">
        What happened
      </h2>
      {query.error && <Notice tone="error">{(query.error as Error).message}</Notice>}
      {!r ? (
        !query.error && <p className="text-body text-fg-muted">Loading the summary…</p>
      ) : (
        <>
          <SessionFacts review={r} teamId={teamId} sessionId={sessionId} />
          {r.empty && <Notice tone="info">Nobody joined this session, so Coviu has no attendance for it.</Notice>}
          {!r.empty && r.noShow && <Notice tone="info">No guest joined this session (a no-show).</Notice>}
          {!r.empty && <AttendanceTimeline review={r} timezone={timezone} />}
          <div className="grid gap-4 lg:grid-cols-2">
            <table className="self-start text-left text-body" aria-label="Booked and actual times">
              <TableHead columns={['', 'Start', 'End', 'Length']} />
              <tbody>
                {[
                  ['Booked', r.scheduledStart, r.scheduledEnd, formatSpan(r.scheduledMs)],
                  ['Actual', r.actualStart, r.actualEnd, r.actualMs === null ? '—' : formatSpan(r.actualMs)],
                ].map(([label, start, end, length]) => (
                  <tr key={label} className="border-b border-line">
                    <th scope="row" className="p-2 font-medium">
                      {label}
                    </th>
                    <td className="p-2">{time(start ?? null)}</td>
                    <td className="p-2">{time(end ?? null)}</td>
                    <td className="p-2">{length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="self-start text-left text-body" aria-label="Bandwidth" aria-describedby="bandwidth-note">
              <TableHead columns={['Bandwidth (Coviu’s figure)', 'Lowest', 'Average', 'Highest']} />
              <tbody>
                {(['sent', 'received'] as const).map((dir) => (
                  <tr key={dir} className="border-b border-line">
                    <th scope="row" className="p-2 font-medium">
                      {dir === 'sent' ? 'Sent' : 'Received'}
                    </th>
                    <td className="p-2">{r[dir].min ?? '—'}</td>
                    <td className="p-2">{r[dir].avg ?? '—'}</td>
                    <td className="p-2">{r[dir].max ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
              <caption id="bandwidth-note" className="caption-bottom pt-1 text-left text-body-sm text-fg-muted">
                {BANDWIDTH_NOTE}
              </caption>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
