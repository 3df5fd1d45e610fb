import { z } from 'zod';
import { text } from '../core/text';
import { AVAILABILITY_STATES } from './types';

const displayName = text()
  .trim()
  .min(1, { message: 'Enter the practitioner’s name.' })
  .max(120, { message: 'Keep the name under 120 characters.' });

const coviuName = text()
  .trim()
  .max(120, { message: 'Keep Coviu’s name under 120 characters.' })
  .transform((v) => v || null)
  .nullable();

/** A manager adds someone to the clinic's roster. */
export const newPractitioner = z.object({
  name: displayName,
  coviuName: coviuName.optional(),
  userId: z.uuid({ message: 'Choose a staff account from the list.' }).nullable().optional(),
});
export type NewPractitioner = z.infer<typeof newPractitioner>;

/** A manager renames, links or unlinks a staff account, or (de)activates an entry. */
export const practitionerChanges = z
  .object({
    name: displayName,
    coviuName,
    userId: z.uuid({ message: 'Choose a staff account from the list.' }).nullable(),
    active: z.boolean({ message: 'Active is true or false.' }),
  })
  .partial()
  .refine((c) => Object.keys(c).length > 0, { message: 'Say what to change: name, coviuName, userId or active.' });
export type PractitionerChanges = z.infer<typeof practitionerChanges>;

export const availabilityInput = z.object({
  availability: z.enum(AVAILABILITY_STATES, { message: 'Availability is available, in_consult, away or off.' }),
});
