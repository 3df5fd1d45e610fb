import { z } from 'zod';
import { isStorable, text, UNSTORABLE_TEXT } from '../core/text';
import { isKnownZone } from '../time-zones/time-zones';

const minutes = (label: string, max: number) =>
  z
    .number({ message: `${label} must be a number of minutes.` })
    .positive({ message: `${label} must be more than 0 minutes.` })
    .max(max, { message: `${label} can be at most ${max} minutes.` });

const thresholdInput = z
  .object({ warnMinutes: minutes('The warning time', 240), criticalMinutes: minutes('The over-limit time', 480) })
  .refine((t) => t.criticalMinutes > t.warnMinutes, {
    message: 'The over-limit time must be longer than the warning time.',
  });

const byPriority = z.object({ 0: thresholdInput, 1: thresholdInput, 2: thresholdInput });

const thresholdSettingsInput = z.object({
  defaults: byPriority,
  queues: z.record(
    text().min(1),
    z.object({ 0: thresholdInput.optional(), 1: thresholdInput.optional(), 2: thresholdInput.optional() }),
  ),
});

const seconds = z.number({ message: 'Enter a number of seconds.' }).int({ message: 'Use a whole number of seconds.' });

const billableRuleInput = z.object({
  basis: z.enum(['overlap', 'host', 'call'], { message: 'Choose what billable minutes count.' }),
  unitMinutes: z
    .number()
    .int({ message: 'The billing unit is a whole number of minutes.' })
    .min(1, { message: 'The billing unit is at least 1 minute.' })
    .max(60, { message: 'The billing unit is at most 60 minutes.' }),
  rounding: z.enum(['up', 'nearest', 'down'], { message: 'Choose how to round: up, nearest or down.' }),
});

/** Everything a manager tunes per clinic, field by field. Each falls back to the server's configured default. */
export const teamSettingsFields = z.object({
  thresholds: thresholdSettingsInput,
  answerTargetMinutes: minutes('The answer target', 120),
  pollActiveSeconds: seconds
    .min(2, { message: 'Check Coviu at most every 2 seconds while someone has Waitboard open.' })
    .max(60, { message: 'Check Coviu at least every 60 seconds while someone has Waitboard open.' }),
  pollIdleSeconds: seconds
    .min(5, { message: 'Check Coviu at most every 5 seconds when nobody has Waitboard open.' })
    .max(600, { message: 'Check Coviu at least every 600 seconds (10 minutes) when nobody has Waitboard open.' }),
  admissionMode: z.enum(['route', 'room'], { message: 'Admit by route or by room.' }),
  admitJoinLimitMinutes: minutes('The time to join an admitted caller', 60),
  alertSound: z.boolean(),
  escalationWebhookUrl: z
    .url({ protocol: /^https?$/, message: 'The team chat alert address must be a web address (https://…).' })
    .max(500)
    .refine(isStorable, { message: UNSTORABLE_TEXT })
    .nullable(),
  escalationRepeatMinutes: minutes('The reminder interval', 240),
  timezone: text().refine(isKnownZone, { message: 'Choose a time zone from the list, e.g. Australia/Sydney.' }),
  billable: billableRuleInput,
});

/** The rules that span fields, checked on the whole (a patch is checked after it is merged). */
export const teamSettingsInput = teamSettingsFields.refine((s) => s.pollIdleSeconds >= s.pollActiveSeconds, {
  message: 'Make this at least as long as the first: checking when nobody is watching should not be more often.',
  path: ['pollIdleSeconds'],
});
export type TeamSettings = z.infer<typeof teamSettingsInput>;

/**
 * One section of the settings page saves only its own fields: any subset, each checked by the same
 * rules; unknown names are refused rather than ignored, so a typo is not a silent no-op.
 */
export const teamSettingsPatch = teamSettingsFields
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Send at least one setting to change.' });
export type TeamSettingsPatch = z.infer<typeof teamSettingsPatch>;

export const globalSettingsInput = z.object({
  idleTimeoutMinutes: minutes('Idle sign-out', 24 * 60).min(2, {
    message: 'Idle sign-out must be at least 2 minutes (a warning shows 1 minute before).',
  }),
});
export type GlobalSettings = z.infer<typeof globalSettingsInput>;

/** What every open dashboard of the clinic is told, live, when a manager changes a setting. */
export interface DashboardSettings {
  thresholds: TeamSettings['thresholds'];
  admissionMode: TeamSettings['admissionMode'];
  admitJoinLimitMinutes: number;
  alertSound: boolean;
  answerTargetMinutes: number;
}

export function dashboardSettings(s: TeamSettings): DashboardSettings {
  return {
    thresholds: s.thresholds,
    admissionMode: s.admissionMode,
    admitJoinLimitMinutes: s.admitJoinLimitMinutes,
    alertSound: s.alertSound,
    answerTargetMinutes: s.answerTargetMinutes,
  };
}
