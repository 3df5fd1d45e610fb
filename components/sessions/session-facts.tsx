'use client';
import type { ReactNode } from 'react';
import { formatSpan } from '@/lib/sessions/billable';
import type { SessionReview } from '@/lib/sessions/review';
import { useSessionMedia } from './use-session-media';

const minutes = (ms: number) => `${Math.round(Math.abs(ms) / 60_000)} min`;

/** "started 2 min late, ended 4 min past the booked end": lateness and overrun in words. */
function againstBooking(r: SessionReview): string {
  const parts = [`booked ${formatSpan(r.scheduledMs)}`];
  if (r.lateStartMs !== null && Math.abs(r.lateStartMs) >= 60_000)
    parts.push(`started ${minutes(r.lateStartMs)} ${r.lateStartMs > 0 ? 'late' : 'early'}`);
  if (r.overrunMs !== null && Math.abs(r.overrunMs) >= 60_000)
    parts.push(`ended ${minutes(r.overrunMs)} ${r.overrunMs > 0 ? 'past the booked end' : 'before the booked end'}`);
  return parts.join(', ');
}

function Fact({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0 rounded-md border border-line bg-surface p-2.5 sm:p-3" data-testid={testId}>
      <dt className="text-label text-fg-muted uppercase">{label}</dt>
      <dd className="text-title">{value}</dd>
      <dd className="text-body-sm text-fg-muted">{children}</dd>
    </div>
  );
}

/** The four things a manager asks of a finished consult, before any detail. */
export function SessionFacts({
  review: r,
  teamId,
  sessionId,
}: {
  review: SessionReview;
  teamId: string;
  sessionId: string;
}) {
  const media = useSessionMedia(teamId, sessionId);
  const files = media.data?.reduce((n, item) => n + item.files.length, 0);
  const people = r.attendance.filter((a) => !a.removed || a.entry);
  const came = people.filter((a) => a.entry);
  const missing = people.filter((a) => !a.entry);
  return (
    <dl className="grid grid-cols-2 gap-2 sm:gap-3 xl:grid-cols-4">
      <Fact label="Call length" value={r.actualMs === null ? 'No call' : formatSpan(r.actualMs)} testId="fact-length">
        {againstBooking(r)}
      </Fact>
      <Fact label="Billable" value={`${r.billable.minutes} min`} testId="billable">
        Working: {r.billable.working}
      </Fact>
      <Fact label="Attended" value={`${came.length} of ${people.length}`} testId="fact-attended">
        {came.map((a) => a.name ?? 'Unnamed').join(', ') || 'Nobody joined'}
        {missing.length > 0 && `; never joined: ${missing.map((a) => a.name ?? 'unnamed').join(', ')}`}
      </Fact>
      <Fact label="Recordings" value={files === undefined ? '…' : String(files)} testId="fact-recordings">
        {files === undefined ? (
          media.error ? (
            'Coviu’s collections could not be read.'
          ) : (
            'Looking in Coviu’s collections…'
          )
        ) : files === 0 ? (
          'Coviu holds none for this session.'
        ) : (
          <a href="#recordings" className="text-brand underline-offset-4 hover:underline">
            Play or download below
          </a>
        )}
      </Fact>
    </dl>
  );
}
