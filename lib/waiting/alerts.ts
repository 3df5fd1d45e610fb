import { ALERT_LABEL } from './labels';
import { initialsOf } from './patient-details';
import { shortStaffName } from './staff-name';
import { type ThresholdSettings, waitLevel } from './thresholds';
import type { DashboardCaller } from './types';

export type AlertKind = 'new-caller' | 'long-wait' | 'over-limit' | 'not-joined' | 'claim-lapsed';

export interface AlertEvent {
  /** The same event always has the same key, so no tab alerts for it twice. */
  key: string;
  kind: AlertKind;
  caller: DashboardCaller;
  /** Claim lapses: whose claim it was. */
  was?: string;
}

interface AlertOptions {
  /** Callers who arrived before the page opened are not announced as new. */
  openedAt: number;
  /** Route-mode admissions not answered in Coviu after this long are escalated. */
  notJoinedAfterMs: number;
}

const ACTIVE = new Set(['waiting', 'on-hold']);

/**
 * A claim that ran out: seen running out on this page's clock, or reported lapsed by the server (it
 * vanished from a snapshot without a release). Both give the same key, so it is raised once; lapses
 * from before the page opened are old news.
 */
function claimLapse(caller: DashboardCaller, now: number, openedAt: number): AlertEvent | null {
  const t = caller.triage;
  const lapse =
    t.claimedBy && t.claimedUntil && Date.parse(t.claimedUntil) <= now
      ? { by: t.claimedBy, at: t.claimedUntil }
      : t.lapsedClaim;
  if (!lapse || Date.parse(lapse.at) < openedAt || !ACTIVE.has(caller.status)) return null;
  return { key: `claim-lapsed:${caller.rootCallId}:${lapse.at}`, kind: 'claim-lapsed', caller, was: lapse.by.name };
}

/** The alert-worthy facts about these callers now: arrivals, threshold crossings, admitted but not joined, lapsed claims. */
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
      ACTIVE.has(caller.status) &&
      now - Date.parse(admission.admittedAt) >= options.notJoinedAfterMs
    ) {
      events.push({ key: `not-joined:${caller.rootCallId}:${admission.admittedAt}`, kind: 'not-joined', caller });
    }
    const lapse = claimLapse(caller, now, options.openedAt);
    if (lapse) events.push(lapse);
  }
  return events;
}

/** How an alert names its caller: their name, or only initials while names are hidden on this screen. */
export function callerLabel(caller: DashboardCaller, privacy: boolean): string {
  return privacy ? initialsOf(caller.name) : (caller.name ?? 'Unnamed caller');
}

/**
 * An alert's words on screen: what happened and to whom, then where. Without `privacy` the name is
 * whole; with it, initials. (A desktop notification uses `alertNotice`: no name at all.)
 */
export function alertText(event: AlertEvent, privacy: boolean, queue: string): string {
  const who = callerLabel(event.caller, privacy);
  switch (event.kind) {
    case 'new-caller':
      return `New caller: ${who} in ${queue}`;
    case 'long-wait':
      return `Long wait: ${who} in ${queue}`;
    case 'over-limit':
      return `Over the wait limit: ${who} in ${queue}`;
    case 'not-joined': {
      const practitioner = event.caller.triage.admission?.practitioner.name ?? 'the practitioner';
      return `${who} admitted to ${practitioner}, not joined yet (${queue})`;
    }
    case 'claim-lapsed':
      return `Claim on ${who} lapsed (was ${shortStaffName(event.was ?? 'someone')})`;
  }
}

/** For screens others can see (desktop notifications): the event and the queue, never the patient. */
export function alertNotice(event: AlertEvent, queue: string): string {
  return `${ALERT_LABEL[event.kind]}: ${queue}`;
}
