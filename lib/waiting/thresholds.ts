import type { DashboardCaller, Priority } from './types';

export type WaitLevel = 'ok' | 'warn' | 'critical';

export interface Threshold {
  warnMinutes: number;
  criticalMinutes: number;
}

/** Per priority; a queue may override any of them. */
export type Thresholds = Record<Priority, Threshold>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  0: { warnMinutes: 5, criticalMinutes: 10 },
  1: { warnMinutes: 3, criticalMinutes: 6 },
  2: { warnMinutes: 1, criticalMinutes: 3 },
};

export interface ThresholdSettings {
  defaults: Thresholds;
  queues: Record<string, Partial<Record<Priority, Threshold>>>;
}

export const DEFAULT_THRESHOLD_SETTINGS: ThresholdSettings = { defaults: DEFAULT_THRESHOLDS, queues: {} };

export function thresholdFor(settings: ThresholdSettings, queueId: string | null, priority: Priority): Threshold {
  return (queueId ? settings.queues[queueId]?.[priority] : undefined) ?? settings.defaults[priority];
}

/** How long the caller has been waiting for someone, or null when they are not waiting (being seen, gone). */
export function waitingSince(caller: Pick<DashboardCaller, 'status' | 'joinedAt' | 'onHoldAt'>): string | null {
  if (caller.status === 'waiting') return caller.joinedAt;
  if (caller.status === 'on-hold') return caller.onHoldAt ?? caller.joinedAt;
  return null;
}

/** A wait reaches a level at exactly its threshold. */
export function waitLevel(caller: DashboardCaller, now: number, settings: ThresholdSettings): WaitLevel {
  const since = waitingSince(caller);
  if (!since) return 'ok';
  const waited = now - Date.parse(since);
  const queue = caller.triage.reassignedQueueId ?? caller.queueId;
  const t = thresholdFor(settings, queue, caller.triage.priority);
  if (waited >= t.criticalMinutes * 60_000) return 'critical';
  if (waited >= t.warnMinutes * 60_000) return 'warn';
  return 'ok';
}

/** When this caller's level will next change (ms since epoch), or Infinity if it will not. */
export function nextLevelChange(caller: DashboardCaller, now: number, settings: ThresholdSettings): number {
  const since = waitingSince(caller);
  if (!since) return Infinity;
  const start = Date.parse(since);
  const t = thresholdFor(settings, caller.triage.reassignedQueueId ?? caller.queueId, caller.triage.priority);
  const warnAt = start + t.warnMinutes * 60_000;
  const criticalAt = start + t.criticalMinutes * 60_000;
  if (now < warnAt) return warnAt;
  if (now < criticalAt) return criticalAt;
  return Infinity;
}
