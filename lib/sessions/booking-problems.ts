import { clinicInstant } from '../core/clinic-time';
import { checkBookingTimes, TIME_RULES } from './booking';
import { bookingInput } from './schemas';

/**
 * A booking form's fields, in the order they appear (focus goes to the first bad one). Guests'
 * fields are `guest.<index>.<name|phone|email>`; `form` is a problem no single field owns.
 */
export type BookingField =
  | 'name'
  | 'date'
  | 'time'
  | 'duration'
  | 'hosts'
  | `guest.${number}.${'name' | 'phone' | 'email'}`
  | 'guests'
  | 'exitUrl'
  | 'form';

export interface BookingProblem {
  field: BookingField;
  message: string;
}

/** Which field a schema path (or an API message's "path:" prefix) is about. */
export function fieldOfPath(path: readonly PropertyKey[]): BookingField {
  const [head, second, third] = path.map(String);
  if (head === 'name') return 'name';
  if (head === 'when') return second === 'date' ? 'date' : 'time';
  if (head === 'durationMinutes') return 'duration';
  if (head === 'hostIds') return 'hosts';
  if (head === 'guests') {
    const index = Number(second);
    if (Number.isInteger(index) && (third === 'name' || third === 'phone' || third === 'email'))
      return `guest.${index}.${third}`;
    return 'guests';
  }
  if (head === 'options' && second === 'exitUrl') return 'exitUrl';
  return 'form';
}

/** Coviu's rules checked before sending, each against the field to fix. */
export function bookingProblems(
  draft: unknown,
  when: { kind: string; date: string; time: string },
  minutes: number,
  timezone: string,
  now: number,
): BookingProblem[] {
  const parsed = bookingInput.safeParse(draft);
  const problems: BookingProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: fieldOfPath(i.path), message: i.message }));
  if (when.kind === 'scheduled' && parsed.success) {
    const start = clinicInstant(when.date, when.time, timezone);
    const problem = start ? checkBookingTimes(start.getTime(), start.getTime() + minutes * 60_000, now) : null;
    if (!start) problems.push({ field: 'time', message: TIME_RULES.noSuchTime });
    else if (problem === TIME_RULES.endBeforeStart) problems.push({ field: 'duration', message: problem });
    else if (problem) problems.push({ field: 'time', message: problem });
  }
  return problems;
}

/**
 * The server's refusal, against a field where it names one: times are the time field's, and a
 * validation message lists "path: message" parts separated by "; " (server/errors.ts).
 */
export function problemsFromRefusal(code: string, message: string): BookingProblem[] {
  if (code === 'invalid_times') return [{ field: 'time', message }];
  if (code !== 'bad_request') return [{ field: 'form', message }];
  return message.split('; ').map((part) => {
    const match = /^([\w.]+): (.+)$/.exec(part);
    return match
      ? { field: fieldOfPath(match[1]!.split('.')), message: match[2]! }
      : { field: 'form' as const, message: part };
  });
}

/** The first problem each field has, for showing under it. */
export function byField(problems: BookingProblem[]): Partial<Record<BookingField, string>> {
  const found: Partial<Record<BookingField, string>> = {};
  for (const p of problems) found[p.field] ??= p.message;
  return found;
}
