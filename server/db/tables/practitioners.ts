// Each clinic's practitioner roster and who is available now.
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { teams, users } from './staff';

export const AVAILABILITY = ['available', 'in_consult', 'away', 'off'] as const;

/**
 * A practitioner of one clinic, as Waitboard admits and books to them. Many have no staff account
 * (Coviu's queues and sessions name doctors who never sign in here). The id is unique within the
 * team: entries made from an existing staff practitioner take the account's id, so admissions and
 * session hosts stored before the roster existed (which name the account) still resolve.
 * Availability is the manual state with who set it; "in a consult" is also derived at read time.
 */
export const practitioners = pgTable(
  'practitioners',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    displayName: text('display_name').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** How Coviu's queues and sessions name this person, when it differs from the display name. */
    coviuName: text('coviu_name'),
    active: boolean('active').notNull().default(true),
    availability: text('availability', { enum: AVAILABILITY }).notNull().default('available'),
    availabilitySetBy: uuid('availability_set_by').references(() => users.id, { onDelete: 'set null' }),
    availabilitySetAt: timestamp('availability_set_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.id] }),
    uniqueIndex('practitioners_team_user_idx')
      .on(t.teamId, t.userId)
      .where(sql`${t.userId} is not null`),
    uniqueIndex('practitioners_team_name_idx').on(t.teamId, sql`lower(${t.displayName})`),
    index('practitioners_user_idx').on(t.userId),
  ],
);
