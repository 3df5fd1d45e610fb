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
  teamIds: z
    .array(text().min(1))
    .default([])
    .transform((ids) => [...new Set(ids)]),
  password: password.optional(),
});
export type NewUser = z.infer<typeof newUser>;

export const userChanges = z
  .object({
    name: text().trim().min(1, { message: 'Enter the person’s name.' }).max(120),
    role: z.enum(ROLES, { message: 'Choose a role: receptionist, practitioner, manager or admin.' }),
    teamIds: z.array(text().min(1)).transform((ids) => [...new Set(ids)]),
    disabled: z.boolean(),
    password,
    // The person's next single sign-on links them again, by verified email (server/auth/sso/accounts.ts).
    unlinkSso: z.literal(true, { message: 'unlinkSso can only be true.' }),
  })
  .partial()
  .strict();
export type UserChanges = z.infer<typeof userChanges>;

/**
 * A Coviu team id: a lower-case hyphenated uuid (API-NOTES §3.7; Coviu's reference types teamId as
 * a uuid everywhere but one path, §2.3; the sandbox's are uuids too). Anything else is not a
 * team Coviu could answer for, and would only become a poller that fails for ever.
 */
const COVIU_TEAM_ID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/;

export function isCoviuTeamId(id: string): boolean {
  return COVIU_TEAM_ID.test(id);
}

export const coviuTeamId = z
  .string()
  .trim()
  .toLowerCase()
  .regex(COVIU_TEAM_ID, { message: 'Enter the Coviu team id, a uuid such as 3f2b6c1e-8d4a-4c3b-9e7f-0a1b2c3d4e5f.' });

export const newTeam = z.object({
  id: coviuTeamId,
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

/** A person choosing their own password (after signing in with a temporary one). */
export const passwordChange = z.object({
  currentPassword: z.string().min(1, { message: 'Type the password you signed in with.' }).max(200),
  newPassword: password,
});
