import 'server-only';
import { inArray } from 'drizzle-orm';
import { binRange, percentileFromBins } from '@/lib/reports/bins';
import type { PractitionerRow } from '@/lib/reports/types';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { rosterRefs } from '../practitioners/entries';

const n = (v: unknown) => Number(v ?? 0);

interface Tally {
  bins: Map<number, number>;
  consults: number;
  unfinished: number;
  total: number;
}

/**
 * Consult rows (practitioner, bin, count, length sum; bin -1 for no end seen) as one row per
 * practitioner. Median, shortest and total are all of the consults that ended, so they agree with
 * each other; answered callers with no end seen are counted beside them, never mixed in.
 */
export async function practitionerRows(
  db: Db,
  teamId: string,
  consults: Record<string, unknown>[],
): Promise<PractitionerRow[]> {
  const tallies = new Map<string, Tally>();
  for (const c of consults) {
    const id = String(c.practitioner_id);
    const t = tallies.get(id) ?? { bins: new Map(), consults: 0, unfinished: 0, total: 0 };
    const bin = n(c.bin);
    if (bin < 0) t.unfinished += n(c.count);
    else {
      t.consults += n(c.count);
      t.total += n(c.length_sum);
      t.bins.set(bin, (t.bins.get(bin) ?? 0) + n(c.count));
    }
    tallies.set(id, t);
  }
  const ids = [...tallies.keys()].filter(Boolean);
  const accounts = ids.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
    : [];
  const names = new Map(accounts.map((u) => [u.id, u.name]));
  // Admissions name roster entries; older ones a staff account (whose entry has the same id).
  const roster = await rosterRefs([teamId], ids, db);
  return [...tallies.entries()]
    .map(([id, t]) => {
      const lowest = t.bins.size ? Math.min(...t.bins.keys()) : null;
      return {
        practitionerId: id || null,
        name: id ? (roster.get(`${teamId}:${id}`)?.name ?? names.get(id) ?? null) : null,
        consults: t.consults,
        unfinished: t.unfinished,
        medianSeconds: percentileFromBins(t.bins, 0.5, null),
        shortestSeconds: lowest === null ? null : binRange(lowest)[0],
        totalSeconds: t.total,
      };
    })
    .sort(
      (a, b) =>
        Number(a.practitionerId === null) - Number(b.practitionerId === null) ||
        b.consults + b.unfinished - (a.consults + a.unfinished) ||
        (a.practitionerId ?? '').localeCompare(b.practitionerId ?? ''),
    );
}
