import 'server-only';
import { z } from 'zod';
import { optionalString, optionalTimestamp, timestamp } from './common';

/** Waiting-area calls are camelCase, unlike sessions (API-NOTES §7 #2). */
export const call = z.object({
  callId: z.string(),
  teamId: z.string(),
  peerId: z.string(),
  callType: z.string(),
  joinedAt: timestamp,
  lastActivityAt: timestamp,
  socketId: optionalString,
  sessionId: optionalString,
  waitingQueueId: optionalString,
  // A JSON string per the reference; tolerate an already-decoded object too.
  details: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .nullish()
    .transform((v) => v ?? null),
  leftQueueAt: optionalTimestamp,
  answeredAt: optionalTimestamp,
  startedAt: optionalTimestamp,
  onHoldAt: optionalTimestamp,
  transferredAt: optionalTimestamp,
  finishedAt: optionalTimestamp,
  emptiedAt: optionalTimestamp,
  cleanedAt: optionalTimestamp,
  transferredTo: optionalString,
  transferredToTeam: optionalString,
  previousCallId: optionalString,
});
export type WireCall = z.infer<typeof call>;
