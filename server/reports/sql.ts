import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';

/** A clinic's calls that joined in [from, until), optionally in one queue. */
export interface Window {
  teamId: string;
  queueId: string | null;
  from: Date;
  until: Date;
  timezone: string;
}

const WAIT = sql`greatest(0, date_part('epoch', answered_at - joined_at))`;
const GAVE_UP = sql`greatest(0, date_part('epoch', coalesce(left_queue_at, finished_at) - joined_at))`;
const LENGTH = sql`greatest(0, date_part('epoch', c.finished_at - c.answered_at))`;

/** The bins of lib/reports/bins.ts, in SQL. */
function bin(seconds: SQL): SQL {
  return sql`(CASE WHEN ${seconds} < 600 THEN floor(${seconds} / 5) WHEN ${seconds} < 3600 THEN 120 + floor((${seconds} - 600) / 30) WHEN ${seconds} < 14400 THEN 220 + floor((${seconds} - 3600) / 300) ELSE 256 END)::int`;
}

function where(w: Window, alias = ''): SQL {
  const c = sql.raw(alias ? `${alias}.` : '');
  const queue = w.queueId === null ? sql`` : sql` AND ${c}queue_id = ${w.queueId}`;
  return sql`${c}team_id = ${w.teamId} AND ${c}joined_at >= ${w.from.toISOString()}::timestamptz AND ${c}joined_at < ${w.until.toISOString()}::timestamptz${queue}`;
}

const local = (w: Window, alias = '') =>
  sql`(${sql.raw(alias ? `${alias}.` : '')}joined_at AT TIME ZONE ${w.timezone})`;

/** Calls summed per queue and clinic-local hour: the shape of `call_hours`. */
export function hoursOf(w: Window): SQL {
  return sql`SELECT coalesce(queue_id, '') AS queue_id, to_char(${local(w)}, 'YYYY-MM-DD') AS local_date,
      extract(hour FROM ${local(w)})::int AS hour, extract(isodow FROM ${local(w)})::int AS weekday,
      count(*)::int AS arrivals,
      count(*) FILTER (WHERE previous_call_id IS NOT NULL)::int AS transferred_in,
      count(answered_at)::int AS answered,
      count(*) FILTER (WHERE status = 'left')::int AS abandoned,
      count(*) FILTER (WHERE status = 'transferred' AND answered_at IS NULL)::int AS transferred_out,
      coalesce(sum(${WAIT}), 0) AS wait_sum, max(${WAIT}) AS wait_max,
      max(${GAVE_UP}) FILTER (WHERE status = 'left') AS abandoned_wait_max
    FROM calls WHERE ${where(w)} GROUP BY 1, 2, 3, 4`;
}

/** Waits until answered, and until giving up, binned per queue and local day: the shape of `call_wait_bins`. */
export function waitBinsOf(w: Window): SQL {
  return sql`SELECT coalesce(queue_id, '') AS queue_id, to_char(${local(w)}, 'YYYY-MM-DD') AS local_date, 'answered' AS kind, ${bin(WAIT)} AS bin, count(*)::int AS count
      FROM calls WHERE ${where(w)} AND answered_at IS NOT NULL GROUP BY 1, 2, 4
    UNION ALL
    SELECT coalesce(queue_id, ''), to_char(${local(w)}, 'YYYY-MM-DD'), 'abandoned', ${bin(GAVE_UP)}, count(*)::int
      FROM calls WHERE ${where(w)} AND status = 'left' GROUP BY 1, 2, 4`;
}

/**
 * Who saw an answered caller, from what Waitboard knows, first match wins: the roster entry the
 * caller was admitted to; else the host of the room session the admission opened; else the roster
 * entry linked to the staff account that claimed the caller (a practitioner saying "I'm on it").
 * '' when none of these says: the caller was answered in Coviu without Waitboard.
 */
const SEEN_BY = sql`coalesce(nullif(t.admission->>'practitionerId', ''), host.id, claimant.id::text, '')`;

/**
 * Answered callers per practitioner (see SEEN_BY), with consult length binned (-1: no end seen
 * yet, so no length): the shape of `consult_bins`.
 */
export function consultBinsOf(w: Window): SQL {
  return sql`SELECT coalesce(c.queue_id, '') AS queue_id, to_char(${local(w, 'c')}, 'YYYY-MM-DD') AS local_date,
      ${SEEN_BY} AS practitioner_id,
      CASE WHEN c.finished_at IS NULL THEN -1 ELSE ${bin(LENGTH)} END AS bin,
      count(*)::int AS count, coalesce(sum(${LENGTH}), 0) AS length_sum
    FROM calls c LEFT JOIN triage t ON t.root_call_id = c.root_call_id
      LEFT JOIN LATERAL (SELECT s.host_ids->>0 AS id FROM consult_sessions s
        WHERE s.session_id = t.admission->>'sessionId' AND s.team_id = c.team_id) host ON true
      LEFT JOIN practitioners claimant ON claimant.team_id = c.team_id AND claimant.user_id = t.claimed_by
    WHERE ${where(w, 'c')} AND c.answered_at IS NOT NULL GROUP BY 1, 2, 3, 4`;
}

export async function rowsOf(db: Pick<Db, 'execute'>, query: SQL): Promise<Record<string, unknown>[]> {
  return ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}
