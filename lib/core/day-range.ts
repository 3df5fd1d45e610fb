import { z } from 'zod';
import { addDays } from './clinic-time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date that exists (no 30 February, no month 13). */
const realDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
/** PostgreSQL has no year 0, and a clinic day before 1900 or after 2999 can only be a typo. */
const plausibleDate = (v: string) => v >= '1900-01-01' && v <= '2999-12-31';
export const localDate = z
  .string()
  .regex(DATE, { message: 'Enter the date as YYYY-MM-DD.' })
  .refine(realDate, { message: 'That date does not exist.' })
  .refine(plausibleDate, { message: 'Choose a date between 1900 and 2999.' });
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && realDate(v) && plausibleDate(v);
const bothDates = (r: { from: unknown; to: unknown }) => isDate(r.from) && isDate(r.to);

/** Two of the clinic's calendar days, both included, at most `maxDays` apart: `?from=&to=` of a list or report. */
export function dayRange(maxDays: number) {
  return (
    z
      .object({ from: localDate, to: localDate })
      .refine((r) => !bothDates(r) || r.to >= r.from, { message: 'The last day must not be before the first.' })
      // zod runs these even when a date above failed, so they look only at well-formed dates.
      .refine((r) => !bothDates(r) || addDays(r.from, maxDays) >= r.to, {
        message: `Choose at most ${maxDays} days at a time.`,
      })
  );
}

/** The `from` and `to` of a URL's query, checked. */
export function dayRangeOf(url: URL, maxDays: number): { from: string; to: string } {
  return dayRange(maxDays).parse({
    from: url.searchParams.get('from') ?? undefined,
    to: url.searchParams.get('to') ?? undefined,
  });
}
