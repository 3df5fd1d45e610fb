// Properties of the queue report over generated clinic days (issue 12, item 3): whatever the day,
// counts are the sums of their parts, waits are ordered, a practitioner's total can hold their
// consults, and roll-ups give the figures the calls themselves give.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import { binOf, binRange } from '@/lib/reports/bins';
import type { QueueReport } from '@/lib/reports/types';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from '../db/client';
import { consultSessions, practitioners, teams, users } from '../db/schema';
import { queueReport } from './report';
import { rollUp } from './rollup';
import { type Caller, callerArb, insertDay, modelOf, PRACTITIONERS, TZ } from './report.property.fixtures';

const [first] = await testDatabases();

/** A practitioner's figures must be possible for some list of consult lengths. */
function expectPossible(row: QueueReport['practitioners'][number]) {
  const { consults, medianSeconds, shortestSeconds, totalSeconds } = row;
  if (consults === 0) return expect(totalSeconds).toBe(0);
  // Every consult counted has a length, so there is a median of them.
  expect(medianSeconds, 'a median of the consults counted').not.toBeNull();
  // At least half the consults lasted about the median (to the bin it is read from) or longer…
  expect(totalSeconds).toBeGreaterThanOrEqual(Math.ceil(consults / 2) * binRange(binOf(medianSeconds!))[0]);
  // …and every one at least the shortest, so the total holds them all.
  expect(totalSeconds).toBeGreaterThanOrEqual(consults * shortestSeconds!);
  expect(medianSeconds!).toBeGreaterThanOrEqual(shortestSeconds!);
}

describe(`queue report properties on ${first!.name}`, () => {
  let database: Database;
  const now = Date.now();
  const today = clinicParts(now, TZ).date;
  let run = 0;

  beforeAll(async () => {
    database = await first!.open();
    await database.db.insert(users).values([
      { id: PRACTITIONERS.account, email: 'prop-dr@x', name: 'Dr Account', role: 'practitioner' },
      { id: PRACTITIONERS.reception, email: 'prop-rx@x', name: 'Reception', role: 'receptionist' },
    ]);
  }, 60_000);
  afterAll(() => database.close());

  async function clinic(): Promise<string> {
    const teamId = `prop-${++run}`;
    const { db } = database;
    await db.insert(teams).values({ id: teamId, name: teamId, timezone: TZ });
    await db.insert(practitioners).values(
      PRACTITIONERS.roster.map((id, i) => ({
        teamId,
        id,
        displayName: `Dr ${i}`,
        userId: i === 0 ? PRACTITIONERS.account : null,
      })),
    );
    const start = new Date(now - 86_400_000);
    await db.insert(consultSessions).values({
      sessionId: `${teamId}-room`,
      teamId,
      source: 'room',
      startTime: start,
      endTime: start,
      hostIds: [PRACTITIONERS.roster[2]!],
    });
    return teamId;
  }

  const request = (teamId: string, queueId: string | null = null) => ({
    teamId,
    queueId,
    from: addDays(today, -6),
    to: today,
    timezone: TZ,
    targetMinutes: 5,
  });

  it('adds up, orders its waits, and reads the same from roll-ups as from calls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(callerArb, { minLength: 1, maxLength: 24 }), async (callers: Caller[]) => {
        const teamId = await clinic();
        const rows = await insertDay(database.db, teamId, callers, now);
        const model = modelOf(rows, callers, today);
        const raw = await queueReport(database.db, request(teamId));
        const s = raw.summary;
        // A practitioner's figures are possible (5 consults, median 7:07, total 14 min is not).
        for (const p of raw.practitioners) expectPossible(p);

        // Counts are the sums of their parts, and match the day as generated.
        expect(s).toMatchObject(model.summary);
        expect(s.arrivals).toBe(s.answered + s.abandoned + s.transferredOut + s.unsettled);
        expect(raw.hourly.reduce((a, h) => a + h.arrivals, 0)).toBe(s.arrivals);
        expect(raw.hourly.reduce((a, h) => a + h.answered, 0)).toBe(s.answered);
        expect(raw.heatmap.reduce((a, c) => a + c.arrivals, 0)).toBe(s.arrivals);
        expect(raw.practitioners.reduce((a, p) => a + p.consults + p.unfinished, 0)).toBe(s.answered);
        // Each consult is put down to whom Waitboard knows saw it (admission, room host, claim).
        const seen = Object.fromEntries(
          raw.practitioners.map((p) => [p.practitionerId ?? '', p.consults + p.unfinished]),
        );
        expect(seen).toEqual(model.seenBy);

        // Waits are ordered.
        if (s.medianWaitSeconds !== null) {
          expect(s.medianWaitSeconds).toBeLessThanOrEqual(s.p90WaitSeconds!);
          expect(s.p90WaitSeconds!).toBeLessThanOrEqual(s.maxWaitSeconds!);
        }
        if (s.abandonedMedianWaitSeconds !== null)
          expect(s.abandonedMedianWaitSeconds).toBeLessThanOrEqual(s.abandonedMaxWaitSeconds!);

        // Queues split the clinic's figures without losing or doubling any.
        const [q1, q2] = [
          await queueReport(database.db, request(teamId, 'q1')),
          await queueReport(database.db, request(teamId, 'q2')),
        ];
        expect(q1.summary.arrivals + q2.summary.arrivals).toBe(s.arrivals);
        expect(q1.summary.answered + q2.summary.answered).toBe(s.answered);

        // Settled days rolled up give the very same report.
        await rollUp(database.db, teamId, now);
        const rolled = await queueReport(database.db, request(teamId));
        expect(rolled.rolledUntil).toBe(addDays(today, -2));
        expect({ ...rolled, rolledUntil: null }).toEqual({ ...raw, rolledUntil: null });
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
