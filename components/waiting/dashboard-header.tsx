'use client';
import { formatAge, formatDuration } from '@/lib/core/duration';
import { useServerNow } from '@/components/live/server-clock';
import { type Freshness as TeamFreshness, useFreshness } from '@/components/live/freshness-store';
import type { DashboardCaller, WaitingSnapshot } from '@/lib/waiting/types';
import { statsAt, summarise } from '@/lib/waiting/urgency';
import { useMemo } from 'react';
import { AvailabilitySummary } from '@/components/practitioners/availability-summary';

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
export function DashboardHeader({ callers, feeds }: { callers: DashboardCaller[]; feeds: Feed[] }) {
  const now = useServerNow();
  // Sorted once per data change; each second the longest and median wait are read off in O(1).
  const summary = useMemo(() => summarise(callers), [callers]);
  const stats = statsAt(summary, now);
  const freshness = freshnessOf(feeds, now, useFreshness());
  return (
    <div className="space-y-2">
      {freshness.stale && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950"
          data-testid="stale-banner"
        >
          <span aria-hidden="true">⚠</span>
          <p>
            <strong>This list may be out of date.</strong>{' '}
            {freshness.ageMs === null
              ? 'Waitboard has not heard from Coviu yet.'
              : `Last updated ${formatAge(freshness.ageMs)}.`}{' '}
            {freshness.reason ?? 'Waitboard keeps trying; wait times keep counting.'}
          </p>
        </div>
      )}
      <AvailabilitySummary teamIds={feeds.map((f) => f.teamId)} callers={callers} />
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Waiting area summary">
        <div>
          <dt className="inline text-slate-600">Waiting </dt>
          <dd className="inline font-semibold" data-testid="count-waiting">
            {stats.waiting}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Being seen </dt>
          <dd className="inline font-semibold">{stats.beingSeen}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">On hold </dt>
          <dd className="inline font-semibold">{stats.onHold}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Left </dt>
          <dd className="inline font-semibold">{stats.left}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Longest wait </dt>
          <dd className="inline font-semibold tabular-nums">
            {stats.longestWaitMs === null ? '—' : formatDuration(stats.longestWaitMs)}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Median wait </dt>
          <dd className="inline font-semibold tabular-nums">
            {stats.medianWaitMs === null ? '—' : formatDuration(stats.medianWaitMs)}
          </dd>
        </div>
        <div aria-live="polite">
          <dt className="inline text-slate-600">Updated </dt>
          <dd className="inline" data-testid="data-age">
            {freshness.ageMs === null ? '…' : formatAge(freshness.ageMs)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
