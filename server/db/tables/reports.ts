// Report roll-ups of settled days (see server/reports/rollup.ts).
import { doublePrecision, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';
import { teams } from './staff';

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
