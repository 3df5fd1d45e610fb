import 'server-only';
import { z } from 'zod';
import { optionalString, optionalTimestamp, timestamp } from './common';

export const collection = z.object({
  id: z.string(),
  team_id: z.string(),
  collection_id: z.string(),
  collection_reference: optionalString,
  name: z.string(),
  read_setting: optionalString,
  delete_setting: optionalString,
  created_at: timestamp,
  updated_at: optionalTimestamp,
});
export type WireCollection = z.infer<typeof collection>;

const submission = z.object({
  secure_collection_id: z.string(),
  item_submission_id: z.string(),
  session_id: optionalString,
  submitting_user_id: optionalString,
  collection_location: optionalString,
  created_at: timestamp,
  updated_at: optionalTimestamp,
  locked_at: optionalTimestamp,
  action_status: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});
export type WireSubmission = z.infer<typeof submission>;

const submissionFile = z.object({
  id: z.coerce.string(),
  metadata: z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((v) => v ?? {}),
  size: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
  created_at: optionalTimestamp,
  updated_at: optionalTimestamp,
});

export const submissionDetail = submission.extend({
  files: z
    .array(submissionFile)
    .nullish()
    .transform((v) => v ?? []),
});
export type WireSubmissionDetail = z.infer<typeof submissionDetail>;

export const submissionPage = z.object({ items: z.array(submission), total: z.coerce.number() });
