import 'server-only';
import { z } from 'zod';
import { optionalString, optionalTimestamp, role, timestamp } from './common';

export const participant = z.object({
  participant_id: z.string(),
  session_id: optionalString,
  client_id: optionalString,
  display_name: optionalString,
  role,
  entry_url: optionalString,
  picture: optionalString,
  state: optionalString,
  user_hint: optionalString,
  coviu_user_id: optionalString,
  phone: optionalString,
  deleted_at: optionalTimestamp,
});
export type WireParticipant = z.infer<typeof participant>;

export const session = z.object({
  session_id: z.string(),
  session_name: optionalString,
  team_id: optionalString,
  client_id: optionalString,
  start_time: timestamp,
  end_time: timestamp,
  actual_start_time: optionalTimestamp,
  actual_end_time: optionalTimestamp,
  canceled_time: optionalTimestamp,
  picture: optionalString,
  feature_flags: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  participants: z
    .array(participant)
    .nullish()
    .transform((v) => v ?? []),
});
export type WireSession = z.infer<typeof session>;

export const sessionPage = z.object({
  content: z.array(session),
  page: z.coerce.number().int(),
  page_size: z.coerce.number().int(),
  more: z.boolean(),
  page_count: z.coerce.number().int().nullish(),
});

const bandwidth = z.object({
  min_sent_bandwidth: z.number().nullish(),
  max_sent_bandwidth: z.number().nullish(),
  avg_sent_bandwidth: z.number().nullish(),
  min_receive_bandwidth: z.number().nullish(),
  max_receive_bandwidth: z.number().nullish(),
  avg_receive_bandwidth: z.number().nullish(),
});
export type WireBandwidth = z.infer<typeof bandwidth>;

const participantSummary = z.object({
  participant_id: z.string(),
  role,
  entry_time: optionalTimestamp,
  exit_time: z
    .object({ left_at: optionalTimestamp, left_reason: optionalString })
    .nullish()
    .transform((v) => v ?? null),
  bandwidth: bandwidth.nullish().transform((v) => v ?? null),
});

export const sessionSummary = z.object({
  start_time: timestamp,
  end_time: timestamp,
  actual_start_time: optionalTimestamp,
  actual_end_time: optionalTimestamp,
  participants: z
    .array(participantSummary)
    .nullish()
    .transform((v) => v ?? []),
});
export type WireSessionSummary = z.infer<typeof sessionSummary>;
