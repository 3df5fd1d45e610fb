import { z } from 'zod';
import { text } from '../core/text';
import { ROLES } from './roles';

export const email = text()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address.' }));

export const password = text()
  .min(12, { message: 'Use at least 12 characters for the password.' })
  .max(200, { message: 'Use at most 200 characters for the password.' });

export const newUser = z.object({
  email,
  name: text().trim().min(1, { message: 'Enter the person’s name.' }).max(120),
  role: z.enum(ROLES, { message: 'Choose a role: receptionist, practitioner, manager or admin.' }),
  teamIds: z.array(text().min(1)).default([]),
  password: password.optional(),
});
export type NewUser = z.infer<typeof newUser>;

export const userChanges = z
  .object({
    name: text().trim().min(1, { message: 'Enter the person’s name.' }).max(120),
    role: z.enum(ROLES, { message: 'Choose a role: receptionist, practitioner, manager or admin.' }),
    teamIds: z.array(text().min(1)),
    disabled: z.boolean(),
    password,
  })
  .partial()
  .strict();
export type UserChanges = z.infer<typeof userChanges>;

export const newTeam = z.object({
  id: text().trim().min(1, { message: 'Enter the Coviu team id.' }).max(100),
  name: text().trim().min(1, { message: 'Enter the clinic name.' }).max(120),
  timezone: text().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', {
    message: 'Choose a time zone such as Australia/Sydney.',
  }),
});
export const teamChanges = newTeam.omit({ id: true }).partial().strict();

export const newQueue = z.object({
  id: text().trim().min(1, { message: 'Enter the Coviu waiting queue id.' }).max(100),
  name: text().trim().min(1, { message: 'Enter the queue name.' }).max(120),
});
export const queueChanges = z.object({ name: newQueue.shape.name, archived: z.boolean() }).partial().strict();
