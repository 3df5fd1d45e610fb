'use client';
import { useQuery } from '@tanstack/react-query';
import { Building2, UserRound } from 'lucide-react';
import { fetchJson } from '@/components/api-client/fetch-json';
import { serverNow } from '@/components/live/server-clock';
import { Notice } from '@/components/ui/notice';
import { formatAge } from '@/lib/core/duration';
import { queryKeys } from '@/lib/core/query-keys';
import type { CallerTimeline as Timeline } from '@/lib/waiting/timeline';
import type { DashboardCaller } from '@/lib/waiting/types';

function clockTime(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-AU', { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/**
 * What happened to this caller, oldest first: Coviu's arrival, transfers and holds, and who in the
 * clinic claimed, admitted, noted or escalated them, at the clinic's clock time and how long ago.
 * Read again whenever the caller changes (their status or triage version), so an open drawer keeps up.
 */
export function CallerTimeline({ caller }: { caller: DashboardCaller }) {
  const timeline = useQuery({
    queryKey: [...queryKeys.callerTimeline(caller.callId), caller.status, caller.triage.version],
    queryFn: ({ signal }) =>
      fetchJson<Timeline>(`/api/teams/${caller.teamId}/calls/${caller.callId}/timeline`, { signal }),
    placeholderData: (previous) => previous,
  });
  const now = serverNow();
  return (
    <section aria-labelledby="caller-timeline-title" className="mt-4">
      <h3 id="caller-timeline-title" className="mb-2 text-sm font-semibold text-fg">
        Timeline
      </h3>
      {timeline.isLoading && <p role="status">Loading the timeline…</p>}
      {timeline.isError && <Notice tone="error">{timeline.error.message}</Notice>}
      {timeline.data && (
        <ol className="space-y-1.5 border-l border-line pl-3 text-sm" data-testid="caller-timeline">
          {timeline.data.entries.map((e, i) => (
            <li key={`${e.at}-${i}`} data-kind={e.kind} className="grid grid-cols-[4.5rem_1fr] gap-x-2">
              <time dateTime={e.at} className="text-fg-muted tabular-nums" title={formatAge(now - Date.parse(e.at))}>
                {clockTime(e.at, timeline.data.timezone)}
              </time>
              <span>
                <span className="block">{e.text}</span>
                <span className="flex items-center gap-1 text-xs text-fg-muted">
                  {e.by ? (
                    <UserRound aria-hidden="true" className="size-3" />
                  ) : (
                    <Building2 aria-hidden="true" className="size-3" />
                  )}
                  {e.by ?? (e.source === 'coviu' ? 'Coviu' : 'Waitboard')} · {formatAge(now - Date.parse(e.at))}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
