// Generated clinic days for report.property.test.ts: callers as Coviu would record them, with what
// Waitboard knew of each (admission, room host, claim), and what a report of them must say.
import fc from 'fast-check';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import type { Db } from '../db/client';
import { calls, triage } from '../db/schema';

export const TZ = 'Australia/Sydney';

export const PRACTITIONERS = {
  /** Roster entries; the first is linked to `account`. */
  roster: [
    '6f0c4b9e-0000-4000-8000-000000000001',
    '6f0c4b9e-0000-4000-8000-000000000002',
    '6f0c4b9e-0000-4000-8000-000000000003',
  ],
  account: '6f0c4b9e-0000-4000-8000-0000000000a1',
  reception: '6f0c4b9e-0000-4000-8000-0000000000a2',
};

/** How Waitboard knew who saw the caller, if it did. */
const VIA = ['none', 'admit', 'room', 'room-host', 'claim', 'claim-reception'] as const;
const OUTCOME = ['answered', 'left', 'transferred', 'waiting'] as const;

export const callerArb = fc.record({
  daysAgo: fc.integer({ min: 0, max: 6 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  queue: fc.constantFrom('q1', 'q2'),
  wait: fc.integer({ min: 0, max: 7_200 }),
  outcome: fc.constantFrom(...OUTCOME),
  ended: fc.boolean(),
  length: fc.integer({ min: 0, max: 5_400 }),
  via: fc.constantFrom(...VIA),
  who: fc.integer({ min: 0, max: 2 }),
  secondWait: fc.integer({ min: 0, max: 3_600 }),
  secondOutcome: fc.constantFrom('answered', 'left', 'waiting'),
});
export type Caller = typeof callerArb extends fc.Arbitrary<infer T> ? T : never;

type Row = typeof calls.$inferInsert;
const S = 1000;

/** One stay in a queue, ending as `outcome` says. */
function stay(
  base: Omit<Row, 'status' | 'joinedAt' | 'arrivedAt'>,
  joined: number,
  arrived: number,
  c: { wait: number; outcome: string; ended: boolean; length: number },
): Row {
  const row: Row = { ...base, status: 'waiting', joinedAt: new Date(joined), arrivedAt: new Date(arrived) };
  const at = new Date(joined + c.wait * S);
  if (c.outcome === 'answered') {
    row.answeredAt = at;
    row.status = c.ended ? 'ended' : 'being-seen';
    if (c.ended) row.finishedAt = new Date(at.getTime() + c.length * S);
  } else if (c.outcome === 'left') Object.assign(row, { status: 'left', leftQueueAt: at });
  else if (c.outcome === 'transferred') Object.assign(row, { status: 'transferred', transferredAt: at });
  return row;
}

/** Writes the callers' calls and triage for a clinic; answers the calls as written. */
export async function insertDay(db: Db, teamId: string, callers: Caller[], now: number): Promise<Row[]> {
  // Whole seconds, as roll-ups sum per day what a raw read sums at once: the same doubles either way.
  const base = Math.floor(now / S) * S;
  const rows: Row[] = [];
  for (const [i, c] of callers.entries()) {
    const root = `${teamId}-${i}`;
    const joined = base - (c.daysAgo * 1440 + c.minute + 1) * 60 * S;
    const first = stay({ id: root, rootCallId: root, teamId, queueId: c.queue, callType: 'video' }, joined, joined, c);
    rows.push(first);
    if (c.outcome === 'transferred') {
      const next = first.transferredAt!.getTime();
      const other = c.queue === 'q1' ? 'q2' : 'q1';
      const second = { wait: c.secondWait, outcome: c.secondOutcome, ended: c.ended, length: c.length };
      rows.push(
        stay(
          { id: `${root}-b`, previousCallId: root, rootCallId: root, teamId, queueId: other, callType: 'video' },
          next,
          joined,
          second,
        ),
      );
    }
    if (c.via === 'none') continue;
    const admission = (practitionerId: string, room: boolean) => ({
      mode: room ? ('room' as const) : ('route' as const),
      practitionerId,
      admittedAt: new Date(joined).toISOString(),
      admittedBy: PRACTITIONERS.reception,
      ...(room ? { sessionId: `${teamId}-room` } : {}),
    });
    const who = PRACTITIONERS.roster[c.who]!;
    await db.insert(triage).values({
      rootCallId: root,
      teamId,
      admission:
        c.via === 'admit' || c.via === 'room'
          ? admission(who, c.via === 'room')
          : c.via === 'room-host'
            ? admission('', true)
            : null,
      claimedBy:
        c.via === 'claim' ? PRACTITIONERS.account : c.via === 'claim-reception' ? PRACTITIONERS.reception : null,
    });
  }
  if (rows.length) await db.insert(calls).values(rows);
  return rows;
}

/** Who a report must put a caller's consults down to ('' for nobody Waitboard knows). */
function seenBy(c: Caller): string {
  const { roster } = PRACTITIONERS;
  if (c.via === 'admit' || c.via === 'room') return roster[c.who]!;
  if (c.via === 'room-host') return roster[2]!;
  if (c.via === 'claim') return roster[0]!;
  return '';
}

/** What the report of the last seven clinic days must count. */
export function modelOf(rows: Row[], callers: Caller[], today: string) {
  const from = addDays(today, -6);
  const inRange = rows.filter((r) => {
    const day = clinicParts(r.joinedAt as Date, TZ).date;
    return day >= from && day <= today;
  });
  const answered = inRange.filter((r) => r.answeredAt);
  const seen: Record<string, number> = {};
  for (const r of answered) {
    const who = seenBy(callers[Number(r.rootCallId.split('-').at(-1))]!);
    seen[who] = (seen[who] ?? 0) + 1;
  }
  return {
    summary: {
      arrivals: inRange.length,
      transferredIn: inRange.filter((r) => r.previousCallId).length,
      answered: answered.length,
      abandoned: inRange.filter((r) => r.status === 'left').length,
      transferredOut: inRange.filter((r) => r.status === 'transferred' && !r.answeredAt).length,
      unsettled: inRange.filter((r) => r.status === 'waiting').length,
    },
    seenBy: seen,
  };
}
