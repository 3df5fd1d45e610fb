import { TZDate } from '@date-fns/tz';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

interface ClinicParts {
  /** YYYY-MM-DD in the clinic's timezone. */
  date: string;
  /** HH:MM (24 h) in the clinic's timezone. */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock date and time an instant shows in the clinic. */
export function clinicParts(instant: Date | number, timeZone: string): ClinicParts {
  const d = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/**
 * The instant a clinic means by a local date and time, or null when there is no such time there
 * (the hour skipped when daylight saving starts) or the text is not a date and time.
 */
export function clinicInstant(date: string, time: string, timeZone: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const instant = new Date(new TZDate(y, mo - 1, da, h, mi, timeZone).getTime());
  const back = clinicParts(instant, timeZone);
  return back.date === date && back.time === time ? instant : null;
}

/** [start, end) of a clinic's calendar day, which is 23 or 25 hours long on daylight-saving days. */
export function clinicDay(date: string, timeZone: string): { start: Date; end: Date } | null {
  const d = DATE.exec(date);
  if (!d) return null;
  const [y, mo, da] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const start = new TZDate(y, mo - 1, da, 0, 0, timeZone);
  const end = new TZDate(y, mo - 1, da + 1, 0, 0, timeZone);
  if (clinicParts(start, timeZone).date !== date) return null;
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** A calendar date moved by whole days (for default ranges), independent of any timezone. */
export function addDays(date: string, days: number): string {
  const base = new Date(`${date}T00:00:00Z`);
  base.setUTCDate(base.getUTCDate() + days);
  return base.toISOString().slice(0, 10);
}

/** "Mon 24 Nov, 09:30" in the clinic's timezone. */
export function formatClinicDateTime(instant: string | number | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-AU', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "09:30:12" in the clinic's timezone. */
export function formatClinicTime(instant: string | number | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-AU', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}
