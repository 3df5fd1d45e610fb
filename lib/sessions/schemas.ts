import { z } from 'zod';
import { isStorable, text, UNSTORABLE_TEXT } from '../core/text';
import { localDate } from '../core/day-range';

/** Coviu's sessions are assumed to last at most 12 hours (API-NOTES §4 #10). */
export const MAX_DURATION_MINUTES = 12 * 60;
/** Coviu has no documented cap, but its docs and Healthdirect speak of 5–6 people (API-NOTES §4 #9). */
export const MAX_PARTICIPANTS = 6;
export const DURATION_PRESETS = [15, 20, 30, 45, 60] as const;

const localTime = text().regex(/^\d{2}:\d{2}$/, { message: 'Enter the time as HH:MM (24-hour).' });

const phone = text()
  .trim()
  .regex(/^\+?[\d ()-]{8,20}$/, { message: 'Enter a phone number of 8 to 20 digits, e.g. 0412 345 678.' });

const guestInput = z.object({
  name: text()
    .trim()
    .min(1, { message: 'Enter the guest’s name.' })
    .max(100, { message: 'Keep the name under 100 characters.' }),
  phone: phone.optional().or(z.literal('').transform(() => undefined)),
  email: z
    .email({ message: 'Enter an email address like name@example.com.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type GuestInput = z.infer<typeof guestInput>;

const when = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({ kind: z.literal('scheduled'), date: localDate, time: localTime }),
]);

const duration = z
  .number({ message: 'Choose how long the session lasts.' })
  .int({ message: 'The duration is a whole number of minutes.' })
  .min(5, { message: 'A session lasts at least 5 minutes.' })
  .max(MAX_DURATION_MINUTES, { message: 'A session lasts at most 12 hours.' });

const sessionOptions = z.object({
  singleUseLinks: z.boolean().default(false),
  hideMenu: z.boolean().default(false),
  exitUrl: z
    .url({ protocol: /^https?$/, message: 'The exit page must be a web address starting with https://.' })
    .max(500)
    .refine(isStorable, { message: UNSTORABLE_TEXT })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type SessionOptions = z.infer<typeof sessionOptions>;

export const bookingInput = z
  .object({
    name: text()
      .trim()
      .min(1, { message: 'Give the session a name.' })
      .max(120, { message: 'Keep the name under 120 characters.' }),
    when,
    durationMinutes: duration,
    hostIds: z
      .array(z.uuid({ message: 'Choose hosts from the list of practitioners.' }))
      .min(1, { message: 'Choose at least one host.' }),
    guests: z.array(guestInput).min(1, { message: 'Add at least one guest.' }),
    options: sessionOptions.default({ singleUseLinks: false, hideMenu: false }),
  })
  .refine((b) => b.hostIds.length + b.guests.length <= MAX_PARTICIPANTS, {
    message: `A session can have at most ${MAX_PARTICIPANTS} people.`,
    path: ['guests'],
  });
export type BookingInput = z.infer<typeof bookingInput>;

export const rescheduleInput = z.object({
  date: localDate,
  time: localTime,
  durationMinutes: duration,
});
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const participantInput = z.discriminatedUnion('role', [
  z.object({ role: z.literal('HOST'), userId: z.uuid({ message: 'Choose a practitioner from the list.' }) }),
  z.object({ role: z.literal('GUEST'), guest: guestInput }),
]);
export type ParticipantInput = z.infer<typeof participantInput>;

export const notifyInput = z.object({ channel: z.enum(['sms', 'email'], { message: 'Send by SMS or email.' }) });
