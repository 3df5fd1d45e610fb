'use client';
import { Clock, TriangleAlert } from 'lucide-react';
import { useId } from 'react';
import type { WaitEstimate } from '@/lib/waiting/expected-wait';
import type { DashboardCaller } from '@/lib/waiting/types';
import { useExpectedWaits, useTeamSnapshot } from './use-expected-waits';

/**
 * An expected wait: the range, and what it rests on in words. `compact` fits a table cell (the
 * basis is its description, read by screen readers and shown on hover); otherwise both are shown.
 */
export function ExpectedWait({ estimate, compact = false }: { estimate: WaitEstimate; compact?: boolean }) {
  const basisId = useId();
  const rough = estimate.reliability !== 'ok';
  const Icon = rough ? TriangleAlert : Clock;
  if (compact)
    return (
      <span className="inline-flex max-w-full items-center gap-1" title={estimate.basis} data-testid="expected-wait">
        <Icon aria-hidden="true" className="size-3.5 shrink-0" />
        <span className="truncate" aria-describedby={basisId}>
          {estimate.summary}
        </span>
        <span id={basisId} className="sr-only">
          {estimate.basis}
        </span>
      </span>
    );
  return (
    <div className="space-y-0.5" data-testid="expected-wait">
      <p className="flex items-center gap-1.5 font-semibold">
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        <span data-testid="expected-wait-range" aria-describedby={basisId}>
          {estimate.summary}
        </span>
      </p>
      <p id={basisId} className="text-xs text-fg-muted" data-testid="expected-wait-basis">
        {estimate.basis}
      </p>
    </div>
  );
}

/** A waiting caller's expected wait, for the details drawer: reads their team's live snapshot itself. */
export function CallerExpectedWait({ caller }: { caller: DashboardCaller }) {
  const snapshot = useTeamSnapshot(caller.teamId);
  const estimate = useExpectedWaits(snapshot).get(caller.callId);
  // The drawer holds the caller as they were when opened; their status now is the snapshot's.
  const live = snapshot?.callers.find((c) => c.callId === caller.callId) ?? caller;
  // The drawer gives it a section of its own, labelled "Expected wait".
  return (
    <div className="space-y-1 text-body">
      <h3 className="text-label tracking-wide text-fg-muted uppercase">Expected wait</h3>
      {live.status !== 'waiting' ? (
        <p>Not waiting now.</p>
      ) : estimate ? (
        <ExpectedWait estimate={estimate} />
      ) : (
        <p data-testid="expected-wait">Not known yet: the clinic&apos;s history is still being read.</p>
      )}
    </div>
  );
}
