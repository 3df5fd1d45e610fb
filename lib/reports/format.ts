import { formatDuration } from '@/lib/core/duration';

// One way to write each kind of figure on the reports page, its tables and its CSV's neighbours:
// waits and consult lengths as m:ss, totals of time in hours and minutes, shares as whole percent.

/** "7:07" (m:ss, h:mm:ss past an hour); "—" when there is none. */
export const waitText = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds * 1000));

/** "14 min", "2 h 05 min": a total of time, to the minute. */
export function minutesText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "78%"; "—" when there is no share. */
export const percentText = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** "previous 7 days", "previous day": the period a range is compared with. */
export function previousName(from: string, to: string): string {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return days === 1 ? 'previous day' : `previous ${days} days`;
}

/** Whether a rise is good news (answered in time), bad news (waits, abandonment) or neither (arrivals). */
export type Better = 'higher' | 'lower' | 'neither';

export interface Change {
  /** "+12% vs previous 7 days", "same as previous 7 days", "+5 points vs previous day" */
  text: string;
  /** Good or bad news in words, for the tone beside it (colour is never the only sign). */
  verdict: 'better' | 'worse' | null;
}

/**
 * How a figure moved against the period before, in words. Shares move in percentage points,
 * counts and waits in percent of what they were.
 */
export function changeOf(
  now: number | null,
  before: number | null,
  period: string,
  better: Better,
  share = false,
): Change {
  if (now === null || before === null) return { text: `no figure for the ${period}`, verdict: null };
  const delta = share
    ? Math.round((now - before) * 100)
    : before === 0
      ? null
      : Math.round(((now - before) / before) * 100);
  if (delta === null) return { text: now === 0 ? `none in either period` : `none in the ${period}`, verdict: null };
  if (delta === 0) return { text: `same as ${period}`, verdict: null };
  const unit = share ? (Math.abs(delta) === 1 ? ' point' : ' points') : '%';
  const up = delta > 0;
  const verdict = better === 'neither' ? null : up === (better === 'higher') ? 'better' : 'worse';
  return { text: `${up ? '+' : '−'}${Math.abs(delta)}${unit} vs ${period}`, verdict };
}
