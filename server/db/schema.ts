// Table definitions only (no server-only import): drizzle-kit loads this file to generate migrations.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const staffRole = pgEnum('staff_role', ['receptionist', 'practitioner', 'manager', 'admin']);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; sign-in compares lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: staffRole('role').notNull(),
  /** argon2id; null for accounts that only sign in through the clinic's identity provider. */
  passwordHash: text('password_hash'),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** Raised to end every session of this user at once (disable, password reset). */
  sessionVersion: integer('session_version').notNull().default(0),
  preferences: jsonb('preferences').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A clinic: one Coviu team. The id is Coviu's team id. */
export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Australia/Sydney'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Coviu cannot list queues (API-NOTES §2.3): they are configured here, or discovered from calls. */
export const waitingQueues = pgTable(
  'waiting_queues',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    source: text('source', { enum: ['configured', 'discovered'] }).notNull().default('configured'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('waiting_queues_team_idx').on(t.teamId)],
);

export const teamMemberships = pgTable(
  'team_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] }), index('team_memberships_team_idx').on(t.teamId)],
);

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which resource, when, from where. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    teamId: text('team_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    changes: jsonb('changes').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
    index('audit_log_team_at_idx').on(t.teamId, t.at),
    index('audit_log_action_at_idx').on(t.action, t.at),
  ],
);

/** Failed sign-ins per account and per address, shared by every app instance. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().default(sql`now()`),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

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
  (t) => [
    index('calls_team_joined_idx').on(t.teamId, t.joinedAt),
    index('calls_root_idx').on(t.rootCallId),
  ],
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
  reassignedPractitionerId: uuid('reassigned_practitioner_id').references(() => users.id),
  admission: jsonb('admission').$type<Admission>(),
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface Admission {
  mode: 'route' | 'room';
  practitionerId: string;
  admittedAt: string;
  admittedBy: string;
  sessionId?: string;
  hostUrl?: string;
  guestUrl?: string;
  joinedAt?: string | null;
  escalatedAt?: string | null;
}

/** One answer per Idempotency-Key and person, so a double click makes one Coviu session. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body').$type<unknown>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.userId] })],
);

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

/**
 * Consultation sessions booked through Waitboard (and room-mode admits). Coviu keeps sessions in
 * the API client's one team, so this is where we remember which clinic a session was booked for;
 * the times are kept too so a cancelled session, which Coviu will no longer show by id, can still
 * be found in its list.
 */
export const consultSessions = pgTable(
  'consult_sessions',
  {
    sessionId: text('session_id').primaryKey(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ['booked', 'room'] }).notNull(),
    bookedBy: uuid('booked_by').references(() => users.id),
    startTime: timestamp('start_time', { withTimezone: true }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('consult_sessions_team_start_idx').on(t.teamId, t.startTime)],
);

/** How to reach a guest (Coviu keeps no email): used only to send their entry link. */
export const participantContacts = pgTable('participant_contacts', {
  participantId: text('participant_id').primaryKey(),
  sessionId: text('session_id').notNull(),
  phone: text('phone'),
  email: text('email'),
  createdAt: createdAt(),
});

/**
 * Every entry link Waitboard sent or would have sent. The built-in notifier only records here;
 * an SMS or email provider behind the same interface records its outcome here too.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    teamId: text('team_id').notNull(),
    sessionId: text('session_id').notNull(),
    participantId: text('participant_id').notNull(),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    recipient: text('recipient').notNull(),
    body: text('body').notNull(),
    notifier: text('notifier').notNull(),
    status: text('status', { enum: ['recorded', 'sent', 'failed'] }).notNull(),
    detail: text('detail'),
    sentBy: uuid('sent_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_session_idx').on(t.sessionId, t.createdAt)],
);

/**
 * A clinic's settings, as a manager changed them. Only what was set is stored; the rest falls back
 * to the server's configured defaults, so a new default reaches clinics that never chose otherwise.
 */
export const teamSettings = pgTable('team_settings', {
  teamId: text('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  values: jsonb('values').$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/** Settings for the whole installation (one row per key), e.g. the idle sign-out time. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  values: jsonb('values').$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * Revocable links for a clinic's wall display, so a TV browser needs no staff password. Only a
 * hash of the secret is kept: the link is shown once, when it is made.
 */
export const displayTokens = pgTable(
  'display_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    showNames: text('show_names', { enum: ['initials', 'full'] }).notNull().default('initials'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('display_tokens_team_idx').on(t.teamId)],
);

/**
 * Report roll-ups: a clinic's finished days of calls, summed per queue and local hour, with wait
 * and consult-length histograms per queue and local day, so a year's report reads thousands of
 * rows instead of a million calls. Days newer than `rolledUntil` are read from `calls` directly.
 * Keyed by the clinic's local date; a change of timezone rebuilds them.
 */
export const reportRollups = pgTable('report_rollups', {
  teamId: text('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  timezone: text('timezone').notNull(),
  /** Every local date before this one is rolled up. */
  rolledUntil: text('rolled_until').notNull(),
  updatedAt: updatedAt(),
});

export const callHours = pgTable(
  'call_hours',
  {
    teamId: text('team_id').notNull(),
    queueId: text('queue_id').notNull(),
    localDate: text('local_date').notNull(),
    hour: integer('hour').notNull(),
    weekday: integer('weekday').notNull(),
    arrivals: integer('arrivals').notNull(),
    transferredIn: integer('transferred_in').notNull(),
    answered: integer('answered').notNull(),
    abandoned: integer('abandoned').notNull(),
    transferredOut: integer('transferred_out').notNull(),
    waitSum: doublePrecision('wait_sum').notNull(),
    waitMax: doublePrecision('wait_max'),
    abandonedWaitMax: doublePrecision('abandoned_wait_max'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.localDate, t.queueId, t.hour] })],
);

export const callWaitBins = pgTable(
  'call_wait_bins',
  {
    teamId: text('team_id').notNull(),
    queueId: text('queue_id').notNull(),
    localDate: text('local_date').notNull(),
    kind: text('kind', { enum: ['answered', 'abandoned'] }).notNull(),
    bin: integer('bin').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.localDate, t.queueId, t.kind, t.bin] })],
);

export const consultBins = pgTable(
  'consult_bins',
  {
    teamId: text('team_id').notNull(),
    queueId: text('queue_id').notNull(),
    localDate: text('local_date').notNull(),
    practitionerId: text('practitioner_id').notNull(),
    bin: integer('bin').notNull(),
    count: integer('count').notNull(),
    lengthSum: doublePrecision('length_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.localDate, t.queueId, t.practitionerId, t.bin] })],
);
