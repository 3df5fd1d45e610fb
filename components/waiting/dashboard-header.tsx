'use client';
import { formatAge, formatDuration } from '@/lib/core/duration';
import { useServerNow } from '@/components/live/server-clock';
import { type Freshness as TeamFreshness, useFreshness } from '@/components/live/freshness-store';
import type { DashboardCaller, WaitingSnapshot } from '@/lib/waiting/types';
import { statsAt, summarise } from '@/lib/waiting/urgency';
import { TriangleExclamationPoint } from 'lucide-react';
import { useMemo } from 'react';
import { AvailabilitySummary } from '@/components/practitioners/availability-summary';
import type { QueuedTeam } from '@/lib/core/team';
import { QueueEstimates } from './queue-estimates';

interface Feed {
  teamId: string;
  snapshot: WaitingSnapshot | undefined;
  connected: boolean;
  fallbackError: Error | null;
}

interface Freshness {
  /** Age of the oldest team's data, ms; null before the first data. */
  ageMs: number | null;
  stale: boolean;
  reason: string | null;
}

function freshnessOf(feeds: Feed[], now: number, of: (teamId: string) => TeamFreshness | undefined): Freshness {
  let ageMs: number | null = null;
  let stale = false;
  let reason: string | null = null;
  for (const f of feeds) {
    const s = of(f.teamId);
    const age = s?.fetchedAt ? now - Date.parse(s.fetchedAt) : null;
    if (age !== null) ageMs = Math.max(ageMs ?? 0, age);
    if (s && (age === null || age > 2 * s.intervalMs || s.error)) stale = true;
    if (!f.connected && f.fallbackError) stale = true;
    reason ??= s?.error ?? (f.fallbackError ? 'The connection to Waitboard dropped.' : null);
  }
  return { ageMs, stale, reason };
}

/** Counts, waits and data age, re-rendered each second on its own (the list below is not). */
export function DashboardHeader({
  callers,
  feeds,
  teams,
}: {
  callers: DashboardCaller[];
  feeds: Feed[];
  teams: QueuedTeam[];
}) {
  const now = useServerNow();
  // Sorted once per data change; each second the longest and median wait are read off in O(1).
  const summary = useMemo(() => summarise(callers), [callers]);
  const stats = statsAt(summary, now);
  const freshness = freshnessOf(feeds, now, useFreshness());
  const items: [string, string | number, string?][] = [
    ['Waiting', stats.waiting, 'count-waiting'],
    ['Being seen', stats.beingSeen],
    ['On hold', stats.onHold],
    ['Left', stats.left],
    ['Longest wait', stats.longestWaitMs === null ? '—' : formatDuration(stats.longestWaitMs)],
    ['Median wait', stats.medianWaitMs === null ? '—' : formatDuration(stats.medianWaitMs)],
  ];
  return (
    <div className="min-w-0 flex-[1_1_36rem] space-y-1.5">
      {freshness.stale && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md border border-wait-warn/40 bg-wait-warn-bg px-3 py-2 text-body text-wait-warn"
          data-testid="stale-banner"
        >
          <TriangleExclamationPoint aria-hidden="true" size={16} className="mt-0.5 shrink-0" />
          <p>
            <strong>This list may be out of date.</strong>{' '}
            {freshness.ageMs === null
              ? 'Waitboard has not heard from Coviu yet.'
              : `Last updated ${formatAge(freshness.ageMs)}.`}{' '}
            {freshness.reason ?? 'Waitboard keeps trying; wait times keep counting.'}
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-baseline gap-x-5 gap-y-1">
        <dl className="flex flex-wrap items-baseline gap-x-5 gap-y-1 text-body" aria-label="Waiting area summary">
          {items.map(([label, value, testId]) => (
            <div key={label} className="whitespace-nowrap">
              <dt className="inline text-fg-muted">{label} </dt>
              <dd className="inline font-semibold tabular-nums" data-testid={testId}>
                {value}
              </dd>
            </div>
          ))}
          <div aria-live="polite" className="whitespace-nowrap">
            <dt className="inline text-fg-muted">Updated </dt>
            <dd className="inline tabular-nums" data-testid="data-age">
              {freshness.ageMs === null ? '…' : formatAge(freshness.ageMs)}
            </dd>
          </div>
        </dl>
        <AvailabilitySummary teamIds={feeds.map((f) => f.teamId)} callers={callers} />
      </div>
      <QueueEstimates teams={teams} feeds={feeds} />
    </div>
  );
}
