import { type ThresholdSettings, waitLevel } from './thresholds';
import type { DashboardCaller } from './types';

export type AlertKind = 'new-caller' | 'long-wait' | 'over-limit' | 'not-joined';

export interface AlertEvent {
  /** The same event always has the same key, so no tab alerts for it twice. */
  key: string;
  kind: AlertKind;
  caller: DashboardCaller;
}

interface AlertOptions {
  /** Callers who arrived before the page opened are not announced as new. */
  openedAt: number;
  /** Route-mode admissions not answered in Coviu after this long are escalated. */
  notJoinedAfterMs: number;
}

/** The alert-worthy facts about these callers now: arrivals, threshold crossings, admitted but not joined. */
export function alertEvents(
  callers: DashboardCaller[],
  now: number,
  settings: ThresholdSettings,
  options: AlertOptions,
): AlertEvent[] {
  const events: AlertEvent[] = [];
  for (const caller of callers) {
    if (
      caller.status === 'waiting' &&
      Date.parse(caller.arrivedAt) >= options.openedAt &&
      caller.callId === caller.rootCallId
    ) {
      events.push({ key: `new:${caller.rootCallId}`, kind: 'new-caller', caller });
    }
    const level = waitLevel(caller, now, settings);
    const since = caller.status === 'on-hold' ? `${caller.callId}:${caller.onHoldAt}` : caller.callId;
    if (level === 'warn') events.push({ key: `warn:${since}`, kind: 'long-wait', caller });
    if (level === 'critical') events.push({ key: `critical:${since}`, kind: 'over-limit', caller });
    const admission = caller.triage.admission;
    if (
      admission?.mode === 'route' &&
      !admission.joinedAt &&
      (caller.status === 'waiting' || caller.status === 'on-hold') &&
      now - Date.parse(admission.admittedAt) >= options.notJoinedAfterMs
    ) {
      events.push({ key: `not-joined:${caller.rootCallId}:${admission.admittedAt}`, kind: 'not-joined', caller });
    }
  }
  return events;
}
