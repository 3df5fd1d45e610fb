import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import { addDays, clinicDay } from '@/lib/core/clinic-time';
import { countUpTo, percentileFromBins } from '@/lib/reports/bins';
import { chartHours } from '@/lib/reports/hours';
import type { HeatCell, QueueReport } from '@/lib/reports/types';
import type { Db } from '../db/client';
import { reportRollups } from '../db/schema';
import { practitionerRows } from './practitioners';
import { consultBinsOf, hoursOf, rowsOf, waitBinsOf, type Window } from './sql';

/** What a report is of: `from` and `to` are the clinic's local dates, both included. */
export type ReportRequest = Pick<QueueReport, 'teamId' | 'queueId' | 'from' | 'to' | 'timezone' | 'targetMinutes'>;

interface Parts {
  rolled: { from: string; until: string } | null;
  raw: Window | null;
  rolledUntil: string | null;
}

/** Which days come from roll-ups and which from the calls themselves. */
export async function partsOf(db: Db, r: ReportRequest): Promise<Parts> {
  const [state] = await db.select().from(reportRollups).where(eq(reportRollups.teamId, r.teamId));
  const rolledUntil = state?.timezone === r.timezone ? state.rolledUntil : null;
  const end = addDays(r.to, 1);
  const rolledEnd = rolledUntil && rolledUntil < end ? rolledUntil : end;
  const rolled = rolledUntil && r.from < rolledEnd ? { from: r.from, until: rolledEnd } : null;
  const rawFrom = rolled ? rolledEnd : r.from;
  const raw =
    rawFrom <= r.to
      ? {
          teamId: r.teamId,
          queueId: r.queueId,
          from: clinicDay(rawFrom, r.timezone)!.start,
          until: clinicDay(r.to, r.timezone)!.end,
          timezone: r.timezone,
        }
      : null;
  return { rolled, raw, rolledUntil };
}

/** Roll-up rows of a table in the date range, UNION ALL the same shape computed from recent calls. */
function combined(table: string, columns: string, p: Parts, r: ReportRequest, rawOf: (w: Window) => SQL): SQL {
  const parts: SQL[] = [];
  if (p.rolled) {
    const queue = r.queueId === null ? sql`` : sql` AND queue_id = ${r.queueId}`;
    parts.push(
      sql`SELECT ${sql.raw(columns)} FROM ${sql.raw(table)} WHERE team_id = ${r.teamId} AND local_date >= ${p.rolled.from} AND local_date < ${p.rolled.until}${queue}`,
    );
  }
  if (p.raw) parts.push(sql`SELECT ${sql.raw(columns)} FROM (${rawOf(p.raw)}) recent`);
  if (!parts.length) parts.push(sql`SELECT ${sql.raw(columns)} FROM ${sql.raw(table)} WHERE false`);
  return sql.join(parts, sql` UNION ALL `);
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * Every figure of the queue report for a date range, computed in SQL: per hour and weekday sums and
 * binned waits, read from roll-ups for settled days and from `calls` for the last few.
 */
const HOUR_COLUMNS =
  'weekday, hour, arrivals, transferred_in, answered, abandoned, transferred_out, wait_sum, wait_max, abandoned_wait_max';

/** Arrivals, outcomes and wait sums per weekday and hour: the summary, the hourly chart and the heatmap. */
export function hourCells(db: Db, p: Parts, r: ReportRequest) {
  return rowsOf(
    db,
    sql`SELECT weekday, hour, sum(arrivals)::int AS arrivals, sum(transferred_in)::int AS transferred_in, sum(answered)::int AS answered,
      sum(abandoned)::int AS abandoned, sum(transferred_out)::int AS transferred_out, sum(wait_sum) AS wait_sum, max(wait_max) AS wait_max, max(abandoned_wait_max) AS abandoned_wait_max
    FROM (${combined('call_hours', HOUR_COLUMNS, p, r, hoursOf)}) h GROUP BY weekday, hour`,
  );
}

/** Waits until answered and until giving up, binned: the medians, p90 and the answer-target share. */
export function waitBins(db: Db, p: Parts, r: ReportRequest) {
  return rowsOf(
    db,
    sql`SELECT kind, bin, sum(count)::int AS count FROM (${combined('call_wait_bins', 'kind, bin, count', p, r, waitBinsOf)}) b GROUP BY kind, bin`,
  );
}

/** Consults and their lengths per practitioner. */
export function consultRows(db: Db, p: Parts, r: ReportRequest) {
  return rowsOf(
    db,
    sql`SELECT practitioner_id, bin, sum(count)::int AS count, sum(length_sum) AS length_sum
    FROM (${combined('consult_bins', 'practitioner_id, bin, count, length_sum', p, r, consultBinsOf)}) c GROUP BY practitioner_id, bin`,
  );
}

/** The range of the same length just before this one. */
export function previousRange(r: Pick<ReportRequest, 'from' | 'to'>): { from: string; to: string } {
  const days = Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: addDays(r.from, -days), to: addDays(r.from, -1) };
}

/** Every figure of the queue report, with the summary of the period before it for comparison. */
export async function queueReport(db: Db, r: ReportRequest): Promise<QueueReport> {
  const previous = previousRange(r);
  const [report, before] = [await figures(db, r), await figures(db, { ...r, ...previous }, true)];
  return { ...report, previous: { ...previous, summary: before.summary } };
}

async function figures(db: Db, r: ReportRequest, summaryOnly = false): Promise<QueueReport> {
  const p = await partsOf(db, r);
  const [cells, bins] = [await hourCells(db, p, r), await waitBins(db, p, r)];
  const sum = (key: string) => cells.reduce((a, c) => a + n(c[key]), 0);
  const maxOf = (key: string) =>
    cells.reduce<number | null>(
      (a, c) => (c[key] === null || c[key] === undefined ? a : Math.max(a ?? 0, n(c[key]))),
      null,
    );
  const binsOf = (kind: string) => new Map(bins.filter((b) => b.kind === kind).map((b) => [n(b.bin), n(b.count)]));
  const answeredBins = binsOf('answered');
  const abandonedBins = binsOf('abandoned');
  const answered = sum('answered');
  const abandoned = sum('abandoned');
  const transferredOut = sum('transferred_out');
  const withinTarget = countUpTo(answeredBins, r.targetMinutes * 60);
  const maxWait = maxOf('wait_max');
  const maxGaveUp = maxOf('abandoned_wait_max');

  const hourly = Array.from({ length: 24 }, (_, hour) => {
    const at = cells.filter((c) => n(c.hour) === hour);
    return {
      hour,
      arrivals: at.reduce((a, c) => a + n(c.arrivals), 0),
      answered: at.reduce((a, c) => a + n(c.answered), 0),
    };
  });
  const heatmap: HeatCell[] = cells
    .map((c) => ({
      weekday: n(c.weekday),
      hour: n(c.hour),
      arrivals: n(c.arrivals),
      answered: n(c.answered),
      avgWaitSeconds: n(c.answered) ? n(c.wait_sum) / n(c.answered) : null,
    }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const practitioners = summaryOnly ? [] : await practitionerRows(db, r.teamId, await consultRows(db, p, r));

  return {
    teamId: r.teamId,
    queueId: r.queueId,
    from: r.from,
    to: r.to,
    timezone: r.timezone,
    targetMinutes: r.targetMinutes,
    summary: {
      arrivals: sum('arrivals'),
      transferredIn: sum('transferred_in'),
      answered,
      abandoned,
      transferredOut,
      withinTarget,
      withinTargetShare: answered + abandoned ? withinTarget / (answered + abandoned) : null,
      medianWaitSeconds: percentileFromBins(answeredBins, 0.5, maxWait),
      p90WaitSeconds: percentileFromBins(answeredBins, 0.9, maxWait),
      maxWaitSeconds: maxWait,
      abandonedMedianWaitSeconds: percentileFromBins(abandonedBins, 0.5, maxGaveUp),
      abandonedMaxWaitSeconds: maxGaveUp,
      unsettled: sum('arrivals') - answered - abandoned - transferredOut,
    },
    hourly,
    heatmap,
    practitioners,
    previous: null,
    waitingNow: null,
    hours: chartHours(hourly.filter((h) => h.arrivals || h.answered).map((h) => h.hour)),
    rolledUntil: p.rolledUntil,
  };
}
