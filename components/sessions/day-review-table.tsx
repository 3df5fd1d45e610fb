import Link from 'next/link';
import { HelpTip } from '@/components/ui/help-tip';
import { TableHead } from '@/components/ui/table-head';
import { formatClinicTime } from '@/lib/core/clinic-time';
import type { DayReview, DayReviewRow } from '@/lib/sessions/view';
import { StateBadge } from './state-badge';

const clock = (iso: string, timezone: string) => formatClinicTime(iso, timezone).slice(0, 5);
const late = (m: number) => (m > 0 ? `started ${m} min late` : m < 0 ? `started ${-m} min early` : 'started on time');

function overrun(r: DayReviewRow) {
  if (r.overrunMinutes === null) return <span className="text-fg-muted">—</span>;
  if (r.overrunMinutes > 0)
    return (
      <span className="font-semibold text-red-700">
        <span aria-hidden="true">⚠ </span>+{r.overrunMinutes} min
      </span>
    );
  return r.overrunMinutes === 0 ? 'On time' : `${-r.overrunMinutes} min early`;
}

const COLUMNS = [
  { label: 'Starts', className: 'w-16' },
  { label: 'Session', className: 'w-[22%]' },
  { label: 'State', className: 'w-28' },
  {
    label: 'Booked',
    content: <HelpTip label="Booked">The slot booked in Coviu: booked start to booked end, and its length.</HelpTip>,
  },
  {
    label: 'Actual',
    content: (
      <HelpTip label="Actual">
        From the first person into the call to the last one out, and its length. Coviu does not count time spent in its
        waiting room.
      </HelpTip>
    ),
  },
  {
    label: 'Overrun',
    content: (
      <HelpTip label="Overrun">
        How long after the booked end the call ended. A late start adds to it: overrun = late start + actual length −
        booked length.
      </HelpTip>
    ),
  },
  { label: 'No-show', className: 'w-28' },
  { label: 'Summary', className: 'w-24' },
  {
    label: 'Billable',
    className: 'w-24',
    content: (
      <HelpTip label="Billable">Minutes billed under the clinic’s billing rule (shown on each session).</HelpTip>
    ),
  },
];

/** A clinic day's sessions, with each figure's clock times beside it so they can be checked by eye. */
export function DayReviewTable({ review, teamId }: { review: DayReview; teamId: string }) {
  const tz = review.timezone;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[60rem] table-fixed text-left text-sm" aria-label="Sessions on this day">
        <TableHead columns={COLUMNS} />
        <tbody>
          {review.rows.map((r) => (
            <tr key={r.id} className="border-b border-line last:border-0" data-session-id={r.id}>
              <td className="p-2 tabular-nums">{clock(r.scheduledStart, tz)}</td>
              <td className="p-2">
                <Link href={`/sessions/${teamId}/${r.id}`} className="text-brand underline-offset-4 hover:underline">
                  {r.name || 'Untitled session'}
                </Link>
                {r.hosts.length > 0 && <div className="truncate text-xs text-fg-muted">{r.hosts.join(', ')}</div>}
              </td>
              <td className="p-2">
                <StateBadge state={r.state} />
              </td>
              <td className="p-2 tabular-nums" data-figure="booked">
                {r.scheduledMinutes} min
                <div className="text-xs text-fg-muted">
                  {clock(r.scheduledStart, tz)}–{clock(r.scheduledEnd, tz)}
                </div>
              </td>
              <td className="p-2 tabular-nums" data-figure="actual">
                {r.actualMinutes === null || !r.actualStart || !r.actualEnd ? (
                  <span className="text-fg-muted">—</span>
                ) : (
                  <>
                    {r.actualMinutes} min
                    <div className="text-xs text-fg-muted">
                      {clock(r.actualStart, tz)}–{clock(r.actualEnd, tz)}
                      {r.lateStartMinutes !== null && `, ${late(r.lateStartMinutes)}`}
                    </div>
                  </>
                )}
              </td>
              <td className="p-2 tabular-nums" data-figure="overrun">
                {overrun(r)}
              </td>
              <td className="p-2">
                {r.noShow === null ? '—' : r.noShow ? <strong>⚠ Guest never joined</strong> : 'No'}
              </td>
              <td className="p-2">
                {r.state !== 'finished' ? '—' : r.missingSummary ? <strong>⚠ Missing</strong> : 'Yes'}
              </td>
              <td className="p-2 tabular-nums">{r.billableMinutes === null ? '—' : `${r.billableMinutes} min`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
