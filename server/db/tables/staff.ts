// Staff, clinics, their queues, the audit log and sign-in throttling.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
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
import { createdAt, updatedAt } from './columns';

export const staffRole = pgEnum('staff_role', ['receptionist', 'practitioner', 'manager', 'admin']);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; sign-in compares lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: staffRole('role').notNull(),
  /** argon2id; null for accounts that only sign in through the clinic's identity provider. */
  passwordHash: text('password_hash'),
  /**
   * Set while the password is a generated one handed over by someone else: it works until then,
   * and only to choose a new one (cleared when the person does).
   */
  passwordTemporaryUntil: timestamp('password_temporary_until', { withTimezone: true }),
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
    source: text('source', { enum: ['configured', 'discovered'] })
      .notNull()
      .default('configured'),
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
    /** Set when the person acted through one of their agent tokens (no foreign key: entries outlive tokens). */
    agentTokenId: uuid('agent_token_id'),
    agentTokenName: text('agent_token_name'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_agent_at_idx').on(t.agentTokenId, t.at),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
    index('audit_log_team_at_idx').on(t.teamId, t.at),
    index('audit_log_action_at_idx').on(t.action, t.at),
  ],
);

/** Failed sign-ins per account and per address, shared by every app instance. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/**
 * Sessions signed out on purpose. A session is a signed token the browser holds; one copied before
 * sign-out, or re-set by a response that raced the sign-out, must not work again on a shared
 * computer. Rows older than the absolute session lifetime can go.
 */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    userId: uuid('user_id').notNull(),
    signedInAt: bigint('signed_in_at', { mode: 'number' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.signedInAt] })],
);

/**
 * When each sign-in was last used (typing, clicking), as the browser reports it: open event
 * streams outlive the request that read the session cookie, so they check idleness here.
 */
export const sessionActivity = pgTable(
  'session_activity',
  {
    userId: uuid('user_id').notNull(),
    signedInAt: bigint('signed_in_at', { mode: 'number' }).notNull(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.signedInAt] })],
);
