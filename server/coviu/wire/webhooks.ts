import 'server-only';
import { z } from 'zod';
import { cleanDeep } from '@/lib/core/text';
import type { CoviuEvent } from '@/lib/webhooks/coviu-event';
import { optionalString, timestamp } from './common';

const callTypes = [
  'waitingarea:join',
  'waitingarea:answer',
  'waitingarea:leave',
  'waitingarea:end-call',
  'call:updated',
  'call:end',
  'call:transfer',
] as const;

const callEvent = z.object({
  type: z.enum(callTypes),
  createdAt: timestamp,
  payload: z.object({
    teamId: optionalString,
    callId: optionalString,
    waitingQueueId: optionalString,
    destinationTeamId: optionalString,
    destinationWaitingQueueId: optionalString,
  }),
});

const participantEvent = z.object({
  type: z.enum(['participant:join', 'participant:leave', 'participant:on-hold']),
  createdAt: timestamp,
  payload: z.object({
    teamId: z.string(),
    participantId: z.string(),
    sessionId: optionalString,
    waitingQueueId: optionalString,
  }),
});

// The reference's example says session:cancel, its schema says session:delete (API-NOTES §7 #5).
const sessionEvent = z.object({
  type: z.enum(['session:create', 'session:update', 'session:cancel', 'session:delete']),
  createdAt: timestamp,
  payload: z.object({ teamId: z.string(), sessionId: z.string() }),
});

const collectionEvent = z.object({
  type: z.literal('datacollectionitem:saved'),
  createdAt: timestamp,
  payload: z.object({
    teamId: z.string(),
    collectionId: z.string(),
    submissionId: z.string(),
    dataType: z.string(),
  }),
});

const webhook = z.discriminatedUnion('type', [callEvent, participantEvent, sessionEvent, collectionEvent]);

function toCoviuEvent(wire: z.infer<typeof webhook>): CoviuEvent {
  switch (wire.type) {
    case 'participant:join':
    case 'participant:leave':
    case 'participant:on-hold':
      return { kind: 'participant', type: wire.type, createdAt: wire.createdAt, ...wire.payload };
    case 'session:create':
    case 'session:update':
    case 'session:cancel':
    case 'session:delete':
      return {
        kind: 'session',
        type: wire.type === 'session:delete' ? 'session:cancel' : wire.type,
        createdAt: wire.createdAt,
        ...wire.payload,
      };
    case 'datacollectionitem:saved':
      return { kind: 'collection', type: wire.type, createdAt: wire.createdAt, ...wire.payload };
    default:
      return { kind: 'call', type: wire.type, createdAt: wire.createdAt, ...wire.payload };
  }
}

type WebhookParse = { ok: true; event: CoviuEvent } | { ok: false; reason: string };

/**
 * Coviu may label a JSON body as form-encoded (API-NOTES §2.6), so the body is read as text and
 * parsed as JSON whatever the content type. The reason never quotes the body.
 */
export function parseWebhookBody(text: string): WebhookParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The webhook body is not valid JSON.' };
  }
  const result = webhook.safeParse(cleanDeep(json));
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(body)').join(', ');
    return { ok: false, reason: `The webhook body is not a known Coviu event (check: ${where}).` };
  }
  return { ok: true, event: toCoviuEvent(result.data) };
}
