import { TableHead } from '@/components/ui/table-head';
import { formatClinicTime } from '@/lib/core/clinic-time';
import { formatSpan } from '@/lib/sessions/billable';
import { PARTICIPANT_ROLE_LABEL } from '@/lib/sessions/labels';
import type { SessionReview } from '@/lib/sessions/review';

/**
 * Who was in the call when: a bar per person across the booked window and the actual call, and
 * the same facts as a table. Waiting-room time is not attendance (Coviu counts from entry to the call).
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
  const from = Math.min(...points);
  const span = Math.max(1, Math.max(...points) - from);
  const pct = (iso: string) => ((Date.parse(iso) - from) / span) * 100;
  const time = (iso: string | null) => (iso ? formatClinicTime(iso, timezone) : '—');
  return (
    <div className="space-y-2">
      <h3 className="font-medium">Attendance</h3>
      <div aria-hidden="true" className="space-y-1">
        <div className="relative h-3 rounded bg-slate-100">
          <div
            className="absolute inset-y-0 border-x-2 border-dashed border-slate-500"
            style={{
              left: `${pct(review.scheduledStart)}%`,
              width: `${pct(review.scheduledEnd) - pct(review.scheduledStart)}%`,
            }}
          />
        </div>
        {review.attendance.map((a) => (
          <div key={a.participantId} className="flex items-center gap-2 text-xs">
            <span className="w-32 truncate">{a.name ?? PARTICIPANT_ROLE_LABEL[a.role]}</span>
            <div className="relative h-4 flex-1 rounded bg-slate-100">
              {a.entry && a.exit && (
                <div
                  className={`absolute inset-y-0 rounded ${a.role === 'HOST' ? 'bg-brand' : 'bg-amber-600'}`}
                  style={{ left: `${pct(a.entry)}%`, width: `${Math.max(0.5, pct(a.exit) - pct(a.entry))}%` }}
                />
              )}
            </div>
          </div>
        ))}
      </div>
      <table className="w-full text-left text-sm" aria-label="Attendance">
        <TableHead columns={['Person', 'Role', 'Joined the call', 'Left', 'Why they left', 'Time in the call']} />
        <tbody>
          {review.attendance.map((a) => (
            <tr key={a.participantId} className="border-b border-slate-100">
              <td className="p-2">
                {a.name ?? '—'}
                {a.removed && ' (removed)'}
              </td>
              <td className="p-2">{PARTICIPANT_ROLE_LABEL[a.role]}</td>
              <td className="p-2">{a.entry ? time(a.entry) : 'Never joined'}</td>
              <td className="p-2">{time(a.exit)}</td>
              <td className="p-2">{a.leftReason ?? '—'}</td>
              <td className="p-2">{a.presentMs ? formatSpan(a.presentMs) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
