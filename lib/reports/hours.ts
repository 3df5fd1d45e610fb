import type { ChartHours } from './types';

/** A clinic day when the clinic has set no opening hours: 07:00 to 19:00, its own time. */
export const DEFAULT_OPENING = { first: 7, last: 18 } as const;

/**
 * The hours the charts cover: the clinic's opening hours (or the default day), stretched to any
 * hour that had callers, so a quiet hour shows as quiet rather than disappearing.
 */
export function chartHours(busy: number[], opening: { first: number; last: number } | null = null): ChartHours {
  const base = opening ?? DEFAULT_OPENING;
  return {
    first: Math.min(base.first, ...busy),
    last: Math.max(base.last, ...busy),
    source: opening ? 'settings' : 'default',
  };
}

/** Every start hour the charts show, first to last. */
export function hoursShown(h: ChartHours): number[] {
  return Array.from({ length: h.last - h.first + 1 }, (_, i) => h.first + i);
}

/** "07:00" */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** "07:00–19:00" (or "–midnight"): the span of the hours shown, to the end of the last. */
export const hoursSpan = (h: ChartHours) =>
  `${hourLabel(h.first)}–${h.last === 23 ? 'midnight' : hourLabel(h.last + 1)}`;
