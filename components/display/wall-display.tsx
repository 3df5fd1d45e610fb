'use client';
import { useMemo } from 'react';
import { useServerNow } from '@/components/live/server-clock';
import { useLevelNow } from '@/components/waiting/use-level-now';
import { formatAge } from '@/lib/core/duration';
import type { Team } from '@/lib/core/team';
import { displayLabels } from '@/lib/display/disambiguate';
import { queueSummaries } from '@/lib/display/queue-summary';
import { DEFAULT_THRESHOLD_SETTINGS, waitingSince, waitLevel } from '@/lib/waiting/thresholds';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { CallerList } from './caller-list';
import { ClinicClock } from './clinic-clock';
import type { WallRow } from './display-row';
import { QueueSummaryStrip } from './queue-summary-strip';
import { useDisplayStream } from './use-display-stream';

/**
 * The clinic's queues on a TV, read from across the room: rows filled by level with its icon and
 * word, type as large as the count allows, initials numbered where they repeat, each queue's
 * expected wait, and the clinic's time. It keeps showing the last data while its link is down,
 * says so, and catches up by itself. Always dark: a bright screen glares in a waiting room.
 */
export function WallDisplay({ team }: { team: Team }) {
  const { snapshot, link } = useDisplayStream(team.id);
  const clock = useServerNow();
  const thresholds = snapshot?.settings?.thresholds ?? DEFAULT_THRESHOLD_SETTINGS;
  const waiting = useMemo(() => (snapshot?.callers ?? []).filter((c) => waitingSince(c) !== null), [snapshot]);
  const now = useLevelNow(waiting, thresholds, Infinity);
  const age = snapshot?.fetchedAt ? clock - Date.parse(snapshot.fetchedAt) : null;
  const stale = link !== 'live' || (age !== null && snapshot !== null && age > 2 * snapshot.intervalMs);
  const rows = useMemo((): WallRow[] => {
    const labels = displayLabels(waiting);
    return sortByUrgency(waiting, now, thresholds).map((c) => {
      const queueId = c.triage.reassignedQueueId ?? c.queueId;
      return {
        callId: c.callId,
        label: labels.get(c.callId) ?? '—',
        queueId,
        queue: team.queues.find((q) => q.id === queueId)?.name ?? 'Waiting area',
        priority: c.triage.priority,
        since: waitingSince(c)!,
        level: waitLevel(c, now, thresholds),
      };
    });
  }, [waiting, now, thresholds, team.queues]);
  // The expected waits move with the minute, not the second.
  const minute = Math.floor(clock / 60_000);
  const summaries = useMemo(
    () => queueSummaries(team.queues, snapshot?.callers ?? [], snapshot?.waitBasis, minute * 60_000),
    [team.queues, snapshot, minute],
  );
  const longest = waiting.reduce((m, c) => Math.max(m, clock - Date.parse(waitingSince(c)!)), 0);
  const timezone = snapshot?.waitBasis?.timezone ?? team.timezone;

  return (
    <main
      data-theme="dark"
      className="flex h-dvh flex-col overflow-hidden bg-canvas px-[2.2vh] pt-[1.6vh] pb-[2.2vh] text-fg"
      data-link={link}
      data-stale={stale}
    >
      <header className="mb-[1.2vh] flex flex-wrap items-baseline gap-x-[2vw] text-[max(20px,min(3.6vh,4.4vw))] leading-tight">
        <h1 className="text-[max(24px,min(4.4vh,5.4vw))] font-bold">{team.name}</h1>
        <p data-testid="display-counts">
          {rows.length} waiting{rows.length ? ` · longest ${Math.floor(longest / 60_000)} min` : ''}
        </p>
        <ClinicClock
          timezone={timezone}
          className="ml-auto text-[max(24px,min(4.4vh,5.4vw))] font-bold whitespace-nowrap tabular-nums"
        />
      </header>
      {link === 'revoked' ? (
        <p
          role="alert"
          className="mb-[1.2vh] rounded bg-wait-critical-fill p-4 text-[3.4vh] text-wait-critical-on-fill"
        >
          This display link was revoked. Ask a practice manager for a new one.
        </p>
      ) : (
        stale && (
          <p
            role="status"
            className="mb-[1.2vh] rounded bg-wait-warn-fill p-[1vh] text-[max(18px,3vh)] font-semibold text-wait-warn-on-fill"
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
      <QueueSummaryStrip summaries={summaries} />
      {snapshot && rows.length === 0 && <p className="text-[max(24px,5vh)] text-fg-muted">Nobody is waiting.</p>}
      <CallerList rows={rows} dimmed={stale} />
    </main>
  );
}
