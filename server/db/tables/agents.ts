// Personal agent tokens: an AI assistant acting as the staff member who made the token.
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './staff';

export const agentTokens = pgTable(
  'agent_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** sha256 of the secret, which is shown once and never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the secret, so a person can tell their tokens apart. */
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    /** The clinics it may act in; null means every clinic its owner belongs to, now and later. */
    teamIds: text('team_ids').array(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    /** A fixed one-minute window of calls, counted in the row so every instance shares it. */
    windowStart: timestamp('window_start', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    windowCalls: integer('window_calls').notNull().default(0),
  },
  (t) => [index('agent_tokens_user_idx').on(t.userId)],
);
