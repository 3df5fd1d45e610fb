// The live waiting areas as their pollers last published them, for every instance to read
// (server/cluster/feed-store.ts). Used on PostgreSQL, where several instances share one database.
import { bigint, json, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per team: who polls it (the epoch rises at each takeover, and a publish names the epoch
 * it was made under, so a frozen ex-owner cannot overwrite its successor), the last change's
 * sequence number, and what the last poll said.
 */
export const teamFeeds = pgTable('team_feeds', {
  teamId: text('team_id').primaryKey(),
  epoch: bigint('epoch', { mode: 'number' }).notNull().default(0),
  owner: text('owner'),
  ownedAt: timestamp('owned_at', { withTimezone: true }),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
  /** { fetchedAt, error, intervalMs } of the last poll. */
  status: jsonb('status'),
  settings: jsonb('settings'),
  waitBasis: jsonb('wait_basis'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Callers are `json`, not `jsonb`: jsonb reorders keys, and a caller read back must serialise
// exactly as the poller's own copy, or every caller would look changed after a takeover.

/** Each team's callers now: the snapshot a newly started instance (or a new owner) begins from. */
export const feedCallers = pgTable(
  'feed_callers',
  {
    teamId: text('team_id').notNull(),
    callId: text('call_id').notNull(),
    caller: json('caller').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.callId] })],
);

/**
 * The recent changes, numbered per team across owners: a browser that reconnects to any instance
 * with Last-Event-ID gets what it missed. Pruned by count and age (they hold callers' details).
 */
export const feedChanges = pgTable(
  'feed_changes',
  {
    teamId: text('team_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    epoch: bigint('epoch', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    caller: json('caller').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.seq] })],
);
