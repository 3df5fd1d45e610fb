import { type ThresholdSettings, type WaitLevel, waitingSince, waitLevel } from './thresholds';
import type { DashboardCaller } from './types';

const LEVEL_RANK: Record<WaitLevel, number> = { critical: 2, warn: 1, ok: 0 };

function group(caller: DashboardCaller): number {
  if (caller.status === 'waiting' || caller.status === 'on-hold') return 0;
  if (caller.status === 'being-seen') return 1;
  return 2;
}

/** Waiting callers first: by priority, then how far over their threshold, then longest wait. */
export function sortByUrgency(callers: DashboardCaller[], now: number, settings: ThresholdSettings): DashboardCaller[] {
  const keyed = callers.map((c) => {
    const since = waitingSince(c);
    return {
      c,
      group: group(c),
      priority: c.triage.priority,
      level: LEVEL_RANK[waitLevel(c, now, settings)],
      since: since ? Date.parse(since) : Date.parse(c.joinedAt),
    };
  });
  keyed.sort(
    (a, b) =>
      a.group - b.group ||
      b.priority - a.priority ||
      b.level - a.level ||
      a.since - b.since ||
      a.c.callId.localeCompare(b.c.callId),
  );
  return keyed.map((k) => k.c);
}

interface QueueStats {
  waiting: number;
  beingSeen: number;
  onHold: number;
  left: number;
  longestWaitMs: number | null;
  medianWaitMs: number | null;
}

/** What does not change with the clock: counts, and when each waiting caller started waiting (sorted). */
interface QueueSummary extends Omit<QueueStats, 'longestWaitMs' | 'medianWaitMs'> {
  waitStarts: number[];
}

export function summarise(callers: DashboardCaller[]): QueueSummary {
  const by = (status: DashboardCaller['status']) => callers.filter((c) => c.status === status).length;
  return {
    waiting: by('waiting'),
    beingSeen: by('being-seen'),
    onHold: by('on-hold'),
    left: by('left'),
    waitStarts: callers
      .map(waitingSince)
      .filter((s): s is string => s !== null)
      .map(Date.parse)
      .sort((a, b) => a - b),
  };
}

/** The summary at a moment: longest and median wait read off the sorted starts in O(1). */
export function statsAt({ waitStarts, ...counts }: QueueSummary, now: number): QueueStats {
  const n = waitStarts.length;
  const medianStart =
    n === 0 ? null : n % 2 ? waitStarts[(n - 1) / 2]! : (waitStarts[n / 2 - 1]! + waitStarts[n / 2]!) / 2;
  return {
    ...counts,
    longestWaitMs: n ? Math.max(0, now - waitStarts[0]!) : null,
    medianWaitMs: medianStart === null ? null : Math.max(0, now - medianStart),
  };
}

export function queueStats(callers: DashboardCaller[], now: number): QueueStats {
  return statsAt(summarise(callers), now);
}
