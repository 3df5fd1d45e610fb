'use client';
import { useMemo } from 'react';
import { LevelBadge } from '@/components/waiting/level-badge';
import { TickingDuration } from '@/components/waiting/ticking-duration';
import { useLevelNow } from '@/components/waiting/use-level-now';
import { formatAge } from '@/lib/core/duration';
import { useServerNow } from '@/components/live/server-clock';
import type { QueuedTeam } from '@/lib/core/team';
import { DEFAULT_THRESHOLD_SETTINGS, waitingSince, waitLevel } from '@/lib/waiting/thresholds';
import { PRIORITY_LABEL } from '@/lib/waiting/labels';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { useDisplayStream } from './use-display-stream';

interface Props {
  team: QueuedTeam;
}

/**
 * The clinic's queues on a TV: large type, initials, wait clocks and levels as on the dashboard.
 * It keeps showing the last data while its link is down, says so, and catches up by itself.
 */
export function WallDisplay({ team }: Props) {
  const { snapshot, link } = useDisplayStream(team.id);
  const clock = useServerNow();
  const thresholds = snapshot?.settings?.thresholds ?? DEFAULT_THRESHOLD_SETTINGS;
  const waiting = useMemo(() => (snapshot?.callers ?? []).filter((c) => waitingSince(c) !== null), [snapshot]);
  const now = useLevelNow(waiting, thresholds, Infinity);
  const sorted = useMemo(() => sortByUrgency(waiting, now, thresholds), [waiting, now, thresholds]);
  const age = snapshot?.fetchedAt ? clock - Date.parse(snapshot.fetchedAt) : null;
  const stale = link !== 'live' || (age !== null && snapshot !== null && age > 2 * snapshot.intervalMs);
  const queueName = (id: string | null) => team.queues.find((q) => q.id === id)?.name ?? 'Waiting area';
  const longest = sorted.reduce((m, c) => Math.max(m, now - Date.parse(waitingSince(c)!)), 0);

  return (
    <main className="min-h-screen bg-slate-950 p-6 text-white" data-link={link} data-stale={stale}>
      <header className="mb-6 flex flex-wrap items-baseline gap-6">
        <h1 className="text-4xl font-bold">{team.name}</h1>
        <p className="text-2xl" data-testid="display-counts">
          {sorted.length} waiting{sorted.length ? ` · longest ${Math.floor(longest / 60_000)} min` : ''}
        </p>
        <p className="ml-auto text-2xl tabular-nums" aria-label="Time now">
          {new Date(clock).toLocaleTimeString('en-AU', { hour: '2-digit', minute: '2-digit' })}
        </p>
      </header>
      {link === 'revoked' ? (
        <p role="alert" className="rounded bg-red-900 p-4 text-3xl">
          This display link was revoked. Ask a practice manager for a new one.
        </p>
      ) : (
        stale && (
          <p
            role="status"
            className="mb-4 rounded bg-amber-500 p-3 text-2xl font-semibold text-slate-950"
            data-testid="display-stale"
          >
            <span aria-hidden="true">⚠ </span>
            {link === 'live'
              ? `Data is ${age === null ? 'not yet here' : formatAge(age)}: waiting for Coviu`
              : 'Connection lost: reconnecting…'}
            {snapshot?.fetchedAt && link !== 'live' ? ` (last update ${formatAge(age ?? 0)})` : ''}
          </p>
        )
      )}
      {snapshot && sorted.length === 0 && <p className="text-3xl text-slate-300">Nobody is waiting.</p>}
      <ol
        className={`grid grid-cols-1 gap-3 ${stale ? 'opacity-70' : ''}`}
        aria-label="Waiting callers, most urgent first"
      >
        {sorted.map((c) => {
          const level = waitLevel(c, now, thresholds);
          return (
            <li
              key={c.callId}
              data-call-id={c.callId}
              data-level={level}
              className="flex flex-wrap items-center gap-6 rounded-lg bg-slate-800 px-5 py-3 text-3xl"
            >
              <span className="min-w-40 flex-1 truncate font-bold" title={c.name ?? undefined}>
                {c.name}
              </span>
              <span className="text-2xl text-slate-300">{queueName(c.triage.reassignedQueueId ?? c.queueId)}</span>
              {c.triage.priority > 0 && (
                <span className="rounded bg-white px-2 text-xl font-bold text-slate-950">
                  {PRIORITY_LABEL[c.triage.priority]}
                </span>
              )}
              <span className="ml-auto tabular-nums">
                <TickingDuration since={waitingSince(c)!} />
              </span>
              <span className="text-xl [&>span]:text-xl">
                <LevelBadge level={level} />
              </span>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
