import { TableHead } from '@/components/ui/table-head';
import { formatClinicTime } from '@/lib/core/clinic-time';
import { formatSpan } from '@/lib/sessions/billable';
import { PARTICIPANT_ROLE_LABEL } from '@/lib/sessions/labels';
import { leftReasonLabel } from '@/lib/sessions/left-reason';
import type { SessionReview } from '@/lib/sessions/review';
import { timeAxis } from '@/lib/sessions/time-axis';

const hhmm = (iso: string, timezone: string) => formatClinicTime(iso, timezone).slice(0, 5);

/**
 * Who was in the call when: a bar per person on a time axis in the clinic's zone, over the booked
 * window, each labelled with the person, their role and their times (colour is never the only
 * signal); then the same facts as a table for screen readers and exact seconds. Waiting-room time
 * is not attendance (Coviu counts from entry to the call).
 */
export function AttendanceTimeline({ review, timezone }: { review: SessionReview; timezone: string }) {
  const points = [
    review.scheduledStart,
    review.scheduledEnd,
    review.actualStart,
    review.actualEnd,
    ...review.attendance.flatMap((a) => [a.entry, a.exit]),
  ]
    .filter((x): x is string => Boolean(x))
    .map(Date.parse);
  const axis = timeAxis(Math.min(...points), Math.max(...points), timezone);
  const span = Math.max(1, axis.to - axis.from);
  const pct = (at: string | number) => (((typeof at === 'number' ? at : Date.parse(at)) - axis.from) / span) * 100;
  const time = (iso: string | null) => (iso ? formatClinicTime(iso, timezone) : '—');
  return (
    <div className="space-y-2" data-testid="attendance-timeline">
      <h3 className="text-heading">Attendance</h3>
      <div aria-hidden="true" className="space-y-2">
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-body-sm text-fg-muted">
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-5 rounded-sm bg-brand" /> Host
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-2.5 w-5 rounded-sm bg-state-being-seen" /> Guest
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-6 border-2 border-dashed border-fg-subtle bg-surface-3" /> Booked time
          </span>
          <span>Times in clinic time ({timezone})</span>
        </p>
        <div className="flex">
          <div className="w-36 shrink-0 sm:w-48">
            {review.attendance.map((a) => (
              <div key={a.participantId} className="flex h-11 flex-col justify-center pr-2 text-body-sm">
                <span className="truncate font-medium">{a.name ?? PARTICIPANT_ROLE_LABEL[a.role]}</span>
                <span className="truncate text-fg-muted">
                  {PARTICIPANT_ROLE_LABEL[a.role]} ·{' '}
                  {a.entry && a.exit ? `${hhmm(a.entry, timezone)}–${hhmm(a.exit, timezone)}` : 'never joined'}
                </span>
              </div>
            ))}
          </div>
          <div className="min-w-0 flex-1" data-testid="timeline-track">
            <div className="relative">
              <div
                className="absolute inset-y-0 border-x-2 border-dashed border-fg-subtle bg-surface-3"
                style={{ left: `${pct(review.scheduledStart)}%`, right: `${100 - pct(review.scheduledEnd)}%` }}
              />
              {axis.ticks.map((t) => (
                <div key={t.at} className="absolute inset-y-0 border-l border-line" style={{ left: `${pct(t.at)}%` }} />
              ))}
              {review.attendance.map((a) => (
                <div key={a.participantId} className="relative h-11" data-timeline-row={a.participantId}>
                  {a.entry && a.exit && (
                    <div
                      className={`absolute top-3 h-5 rounded-sm ${a.role === 'HOST' ? 'bg-brand' : 'bg-state-being-seen'}`}
                      style={{ left: `${pct(a.entry)}%`, width: `${Math.max(0.8, pct(a.exit) - pct(a.entry))}%` }}
                    />
                  )}
                </div>
              ))}
            </div>
            <div
              className="relative h-6 border-t border-line-strong text-body-sm text-fg-muted"
              data-testid="time-axis"
            >
              {axis.ticks.map((t, i) => (
                <span
                  key={t.at}
                  // On a phone every other label gives way, so the times never run together.
                  className={`absolute top-1 whitespace-nowrap ${i % 2 ? 'hidden sm:inline' : ''}`}
                  style={{
                    left: `${pct(t.at)}%`,
                    transform: `translateX(${i === 0 ? '0' : i === axis.ticks.length - 1 ? '-100%' : '-50%'})`,
                  }}
                >
                  {t.label}
                </span>
              ))}
            </div>
          </div>
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-body" aria-label="Attendance">
          <TableHead columns={['Person', 'Role', 'Joined the call', 'Left', 'Why they left', 'Time in the call']} />
          <tbody>
            {review.attendance.map((a) => (
              <tr key={a.participantId} className="border-b border-line">
                <td className="p-2">
                  {a.name ?? '—'}
                  {a.removed && ' (removed)'}
                </td>
                <td className="p-2">{PARTICIPANT_ROLE_LABEL[a.role]}</td>
                <td className="p-2">{a.entry ? time(a.entry) : 'Never joined'}</td>
                <td className="p-2">{time(a.exit)}</td>
                <td className="p-2">{leftReasonLabel(a.leftReason) ?? '—'}</td>
                <td className="p-2">{a.presentMs ? formatSpan(a.presentMs) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
