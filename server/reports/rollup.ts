import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { addDays, clinicDay, clinicParts } from '@/lib/core/clinic-time';
import type { Db } from '../db/client';
import { callHours, callWaitBins, consultBins, reportRollups, teams } from '../db/schema';
import { consultBinsOf, hoursOf, rowsOf, waitBinsOf } from './sql';

/** Days this far back are final: Coviu has long finished with their calls. */
const SETTLED_DAYS = 2;

interface RollupState {
  timezone: string;
  rolledUntil: string;
}

/**
 * Brings a clinic's roll-ups up to the day before yesterday (its local calendar): each new day's
 * calls are summed into call_hours, call_wait_bins and consult_bins in one transaction. A changed
 * timezone starts them again, as local days and hours move with it. A clinic with no calls yet gets
 * no roll-up state (null), so history recorded later is read from its calls until the next run.
 */
export async function rollUp(db: Db, teamId: string, now = Date.now()): Promise<RollupState | null> {
  return db.transaction(async (tx) => {
    // One roller per clinic at a time, across instances; the second finds the work done.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`rollup:${teamId}`}))`);
    return rollUpLocked(tx as unknown as Db, teamId, now);
  });
}

async function rollUpLocked(db: Db, teamId: string, now: number): Promise<RollupState | null> {
  const [team] = await db.select({ timezone: teams.timezone }).from(teams).where(eq(teams.id, teamId));
  if (!team) return null;
  const target = addDays(clinicParts(now, team.timezone).date, -SETTLED_DAYS);
  const [state] = await db.select().from(reportRollups).where(eq(reportRollups.teamId, teamId));
  let from = state?.timezone === team.timezone ? state.rolledUntil : null;
  if (from === null) {
    const [first] = await rowsOf(db, sql`SELECT min(joined_at) AS first FROM calls WHERE team_id = ${teamId}`);
    // No calls yet: nothing to roll, and no day marked rolled that calls could still arrive in.
    if (!first?.first) return null;
    from = clinicParts(new Date(first.first as string), team.timezone).date;
  }
  if (from >= target && state?.timezone === team.timezone) return { timezone: team.timezone, rolledUntil: from };
  const start = clinicDay(from < target ? from : target, team.timezone)!.start;
  const end = clinicDay(target, team.timezone)!.start;
  const window = { teamId, queueId: null, from: start, until: end, timezone: team.timezone };
  {
    const tx = db;
    const keep = state?.timezone === team.timezone;
    for (const table of [callHours, callWaitBins, consultBins]) {
      await tx
        .delete(table)
        .where(keep ? and(eq(table.teamId, teamId), gte(table.localDate, from!)) : eq(table.teamId, teamId));
    }
    if (start < end) {
      const id = sql`${teamId}`;
      await tx.execute(sql`INSERT INTO call_hours (team_id, queue_id, local_date, hour, weekday, arrivals, transferred_in, answered, abandoned, transferred_out, wait_sum, wait_max, abandoned_wait_max)
        SELECT ${id}, * FROM (${hoursOf(window)}) h`);
      await tx.execute(
        sql`INSERT INTO call_wait_bins (team_id, queue_id, local_date, kind, bin, count) SELECT ${id}, * FROM (${waitBinsOf(window)}) b`,
      );
      await tx.execute(
        sql`INSERT INTO consult_bins (team_id, queue_id, local_date, practitioner_id, bin, count, length_sum) SELECT ${id}, * FROM (${consultBinsOf(window)}) b`,
      );
    }
    await tx
      .insert(reportRollups)
      .values({ teamId, timezone: team.timezone, rolledUntil: target })
      .onConflictDoUpdate({
        target: reportRollups.teamId,
        set: { timezone: team.timezone, rolledUntil: target, updatedAt: new Date() },
      });
  }
  return { timezone: team.timezone, rolledUntil: target };
}
