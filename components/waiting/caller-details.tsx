'use client';
import { useQuery } from '@tanstack/react-query';
import { memo, type ReactNode } from 'react';
import { Drawer } from '@/components/ui/drawer';
import { Notice } from '@/components/ui/notice';
import { fetchJson } from '@/components/api-client/fetch-json';
import { queryKeys } from '@/lib/core/query-keys';
import type { WaitingCall } from '@/lib/waiting/call';
import type { DashboardCaller } from '@/lib/waiting/types';
import { handledByText, queueText } from './row-parts';
import { StateBadge } from './state-badge';
import { TickingDuration } from './ticking-duration';
import { CallerTimeline } from './caller-timeline';
import { CallerExpectedWait } from './expected-wait';

interface Props {
  caller: DashboardCaller | null;
  onClose: () => void;
  /** For the row's texts in full (they are cut to one line in the list). */
  queueName: (id: string | null) => string;
  me: string;
  /** A slot for the expected wait, which needs the whole queue. */
  expectedWait?: ReactNode;
}

const reassignedQueue = (c: DashboardCaller, name: (id: string | null) => string) =>
  c.triage.reassignedQueueId ? name(c.triage.reassignedQueueId) : null;

const SECTION = 'text-label tracking-wide text-fg-muted uppercase';

/** The caller's full details (patient data), in a side drawer. Opening it is recorded in the audit log. */
export const CallerDetails = memo(function CallerDetails({ caller, onClose, queueName, me, expectedWait }: Props) {
  const details = useQuery({
    queryKey: queryKeys.callerDetails(caller?.callId),
    enabled: Boolean(caller),
    // Fetched each time it is opened: each view is a new audit entry, and nothing lingers in cache.
    gcTime: 0,
    staleTime: 0,
    queryFn: ({ signal }) =>
      fetchJson<{ call: WaitingCall }>(`/api/teams/${caller!.teamId}/calls/${caller!.callId}`, { signal }),
  });
  const p = details.data?.call.patient;
  const rows: [string, string | null | undefined][] = p
    ? [
        ['Name', p.name],
        ['Phone', p.phone],
        ['Medicare number', p.medicareNumber],
        ['Date of birth', p.dateOfBirth],
        ['Reason', p.reason],
        ...Object.entries(p.extra),
      ]
    : [];
  const summary: [string, ReactNode][] = caller
    ? [
        ['Queue', queueText(queueName(caller.queueId), reassignedQueue(caller, queueName), caller)],
        ['Since arrival', <TickingDuration key="t" since={caller.arrivedAt} until={caller.endedAt} />],
        ['Handled by', handledByText(caller, me) ?? '—'],
        ['Note', caller.triage.note ?? '—'],
      ]
    : [];
  return (
    <Drawer open={caller !== null} title="Caller details" onClose={onClose}>
      {caller && (
        <section aria-label="Now" className="space-y-2" data-testid="caller-summary">
          <StateBadge status={caller.status} />
          <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-body">
            {summary
              .filter(([, value]) => value !== undefined)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-fg-muted">{label}</dt>
                  <dd className="break-words tabular-nums">{value}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
      {caller && <section aria-label="Expected wait">{expectedWait ?? <CallerExpectedWait caller={caller} />}</section>}
      <section aria-labelledby="caller-details-patient" className="space-y-2">
        <h3 id="caller-details-patient" className={SECTION}>
          Patient
        </h3>
        {details.isLoading && <p role="status">Loading…</p>}
        {details.isError && <Notice tone="error">{details.error.message}</Notice>}
        {p && (
          <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-body" data-testid="caller-details">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-fg-muted">{label}</dt>
                <dd className="break-words">{value || '—'}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="text-body-sm text-fg-muted">Opening these details is recorded in the audit log.</p>
      </section>
      {caller && <CallerTimeline caller={caller} />}
    </Drawer>
  );
});
