import type { SessionOptions } from '@/lib/sessions/schemas';

/** Coviu refuses a start that is not in the future (API-NOTES §4 #1): "start now" means a moment ahead. */
export const START_NOW_LEAD_MS = 15_000;

export const TIME_RULES = {
  noSuchTime: 'That time does not exist in the clinic’s timezone (the clocks change then). Choose another.',
  startInPast: 'The start must be in the future.',
  endBeforeStart: 'The end must be after the start.',
  endInPast: 'The new end must be in the future.',
  startedStart: 'This session has already started, so only its end can be moved.',
} as const;

/**
 * The checks Coviu makes on a booking's times (API-NOTES §4 #1, #4), in words a receptionist can
 * act on. The form runs them before sending; the server runs them again.
 */
export function checkBookingTimes(start: number, end: number, now: number): string | null {
  if (start <= now) return TIME_RULES.startInPast;
  if (end <= start) return TIME_RULES.endBeforeStart;
  return null;
}

export function checkRescheduleTimes(
  current: { start: number; end: number },
  next: { start: number; end: number },
  started: boolean,
  now: number,
): string | null {
  if (next.start !== current.start) {
    if (started) return TIME_RULES.startedStart;
    if (next.start <= now) return TIME_RULES.startInPast;
  }
  if (next.end <= next.start) return TIME_RULES.endBeforeStart;
  if (next.end !== current.end && next.end <= now) return TIME_RULES.endInPast;
  return null;
}

const FLAG_SINGLE_USE = 'session;enforce-participant-uniqueness';
const FLAG_HIDE_MENU = 'customisation;disable-menu';
const FLAG_EXIT_URL = 'customisation;exit-url;';

/** The clinic-facing options as Coviu's `feature_flags` (API-NOTES §3.6). */
export function toFeatureFlags(options: SessionOptions): string[] {
  const flags: string[] = [];
  if (options.singleUseLinks) flags.push(FLAG_SINGLE_USE);
  if (options.hideMenu) flags.push(FLAG_HIDE_MENU);
  if (options.exitUrl) flags.push(`${FLAG_EXIT_URL}${options.exitUrl}`);
  return flags;
}

export function fromFeatureFlags(flags: string[]): SessionOptions {
  const exit = flags.find((f) => f.startsWith(FLAG_EXIT_URL));
  return {
    singleUseLinks: flags.includes(FLAG_SINGLE_USE),
    hideMenu: flags.includes(FLAG_HIDE_MENU),
    exitUrl: exit ? exit.slice(FLAG_EXIT_URL.length) : undefined,
  };
}
