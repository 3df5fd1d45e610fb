// Consultation sessions booked through Waitboard, guests' contacts and the links sent.
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users, teams } from './staff';

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
    /** The roster entries hosting it, so availability can show who is in a session now; null before the roster. */
    hostIds: jsonb('host_ids').$type<string[]>(),
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
