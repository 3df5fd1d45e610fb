// What the waiting-area pollers record: each call's lifecycle, our triage layer, escalations.
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './staff';

/**
 * Each Coviu call as we saw it, kept after Coviu forgets it: reports read waits and abandonment
 * from here. No patient details are stored. `rootCallId` ties the calls of one caller across
 * transfers, so time since arrival survives them.
 */
export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id').notNull(),
    queueId: text('queue_id'),
    previousCallId: text('previous_call_id'),
    rootCallId: text('root_call_id').notNull(),
    callType: text('call_type').notNull(),
    status: text('status').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    onHoldAt: timestamp('on_hold_at', { withTimezone: true }),
    leftQueueAt: timestamp('left_queue_at', { withTimezone: true }),
    transferredAt: timestamp('transferred_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('calls_team_joined_idx').on(t.teamId, t.joinedAt), index('calls_root_idx').on(t.rootCallId)],
);

/**
 * Our triage layer (Coviu has no admit or transfer endpoint): claim, admission, reassignment,
 * priority and note, keyed by the caller's root call so it follows them across transfers.
 * `version` rises with every change; actions name the version they saw.
 */
export const triage = pgTable('triage', {
  rootCallId: text('root_call_id').primaryKey(),
  teamId: text('team_id').notNull(),
  claimedBy: uuid('claimed_by').references(() => users.id),
  claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  priority: integer('priority').notNull().default(0),
  note: text('note'),
  reassignedQueueId: text('reassigned_queue_id'),
  /** A roster entry of this team (server/db/tables/practitioners.ts); before the roster, a staff account. */
  reassignedPractitionerId: uuid('reassigned_practitioner_id'),
  admission: jsonb('admission').$type<StoredAdmission>(),
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An admission as the `triage.admission` column stores it: ids, not names, and the bookkeeping
 * (session, escalation) the dashboard never sees. Shown to staff as `Admission` (lib/waiting/types.ts).
 */
export interface StoredAdmission {
  mode: 'route' | 'room';
  /** A roster entry of the team; admissions from before the roster name a staff account, whose entry has its id. */
  practitionerId: string;
  admittedAt: string;
  admittedBy: string;
  sessionId?: string;
  hostUrl?: string;
  guestUrl?: string;
  joinedAt?: string | null;
  escalatedAt?: string | null;
  /**
   * Room mode, while the Coviu session is being made: recorded (and audited) before Coviu is
   * called, so a crash leaves a trace that a retry or the next start finishes (server/waiting/rooms.ts).
   * `opener` is the process (boot) making it.
   */
  opening?: { opener: string; since: string };
  /**
   * The Idempotency-Key of a room admit, applied when the room is (whoever finishes it): a retry
   * with it resumes or replays this admission instead of admitting again.
   */
  key?: { key: string; userId: string };
}

/**
 * One outcome per Idempotency-Key and person, so a double click or a retry makes one Coviu session.
 * `requestHash` binds the key to its method, route and body. While `status` is 0 the key is
 * pending and `owner` names the process (boot) running it, so a key left by a dead process is
 * taken over at once. The outcome keeps no response body, only what replay needs and nothing
 * about a patient: `{ auditId }` of an applied action (the answer is rebuilt from current state),
 * or the error envelope of a refusal (messages never hold patient details).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id').notNull(),
    requestHash: text('request_hash').notNull().default(''),
    status: integer('status').notNull(),
    owner: text('owner'),
    result: jsonb('result').$type<IdempotentOutcome>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.userId] })],
);

/** What a completed key keeps: the audit entry of an applied action, or a refusal's envelope. */
export type IdempotentOutcome = { auditId: number | null } | { error: { code: string; message: string } };

/** Escalations sent to the clinic's chat webhook, repeated until someone acknowledges them. */
export const escalations = pgTable(
  'escalations',
  {
    key: text('key').primaryKey(),
    teamId: text('team_id').notNull(),
    rootCallId: text('root_call_id').notNull(),
    kind: text('kind', { enum: ['over-limit', 'not-joined'] }).notNull(),
    firstSentAt: timestamp('first_sent_at', { withTimezone: true }).notNull().defaultNow(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull().defaultNow(),
    sends: integer('sends').notNull().default(1),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
  },
  (t) => [index('escalations_root_idx').on(t.rootCallId)],
);
