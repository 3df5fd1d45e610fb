// Clinic and installation settings, and wall display links.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { users, teams } from './staff';

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
    showNames: text('show_names', { enum: ['initials', 'full'] })
      .notNull()
      .default('initials'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('display_tokens_team_idx').on(t.teamId)],
);
