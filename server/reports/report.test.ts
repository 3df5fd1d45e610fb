import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicInstant, clinicParts } from '@/lib/core/clinic-time';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from '../db/client';
import { calls, teams, triage, users } from '../db/schema';
import { queueReport } from './report';
import { rollUp } from './rollup';

const TZ = 'Australia/Sydney';
const MIN = 60_000;

describe.each(await testDatabases())('queue reports on $name', ({ open }) => {
  let database: Database;
  const now = Date.now();
  const today = clinicParts(now, TZ).date;
  const at = (daysAgo: number, time: string) => clinicInstant(addDays(today, -daysAgo), time, TZ)!;
  let drId: string;

  beforeAll(async () => {
    database = await open();
    const { db } = database;
    await db.insert(teams).values({ id: 'team', name: 'Team', timezone: TZ });
    [{ id: drId }] = (await db
      .insert(users)
      .values({ email: 'dr@x', name: 'Dr X', role: 'practitioner' })
      .returning({ id: users.id })) as [{ id: string }];
    const rows: (typeof calls.$inferInsert)[] = [];
    // The same day's pattern, five days ago (settled, rolled up) and today (read from calls).
    for (const daysAgo of [5, 0]) {
      const base = { teamId: 'team', callType: 'video', queueId: 'q1' };
      const j = (t: string) => at(daysAgo, t);
      rows.push(
        {
          ...base,
          id: `a${daysAgo}`,
          rootCallId: `a${daysAgo}`,
          status: 'ended',
          joinedAt: j('09:00'),
          arrivedAt: j('09:00'),
          answeredAt: new Date(j('09:00').getTime() + 2 * MIN),
          finishedAt: new Date(j('09:00').getTime() + 12 * MIN),
        },
        {
          ...base,
          id: `b${daysAgo}`,
          rootCallId: `b${daysAgo}`,
          status: 'ended',
          joinedAt: j('09:10'),
          arrivedAt: j('09:10'),
          answeredAt: new Date(j('09:10').getTime() + 8 * MIN),
          finishedAt: new Date(j('09:10').getTime() + 20 * MIN),
        },
        {
          ...base,
          id: `c${daysAgo}`,
          rootCallId: `c${daysAgo}`,
          status: 'left',
          joinedAt: j('10:30'),
          arrivedAt: j('10:30'),
          leftQueueAt: new Date(j('10:30').getTime() + 6 * MIN),
        },
        {
          ...base,
          id: `d${daysAgo}`,
          rootCallId: `d${daysAgo}`,
          status: 'transferred',
          joinedAt: j('11:00'),
          arrivedAt: j('11:00'),
          transferredAt: new Date(j('11:00').getTime() + MIN),
        },
        {
          ...base,
          queueId: 'q2',
          id: `e${daysAgo}`,
          previousCallId: `d${daysAgo}`,
          rootCallId: `d${daysAgo}`,
          status: 'ended',
          joinedAt: new Date(j('11:00').getTime() + MIN),
          arrivedAt: j('11:00'),
          answeredAt: new Date(j('11:00').getTime() + 4 * MIN),
          finishedAt: new Date(j('11:00').getTime() + 9 * MIN),
        },
      );
    }
    await db.insert(calls).values(rows);
    await db.insert(triage).values({
      rootCallId: 'a5',
      teamId: 'team',
      admission: { mode: 'route', practitionerId: drId, admittedAt: '', admittedBy: '' },
    });
  }, 60_000);
  afterAll(() => database.close());

  const request = (from: string, to: string, queueId: string | null = null) => ({
    teamId: 'team',
    queueId,
    from,
    to,
    timezone: TZ,
    targetMinutes: 5,
  });

  it('gives the same figures from roll-ups as from the calls themselves', async () => {
    const before = await queueReport(database.db, request(addDays(today, -5), addDays(today, -5)));
    expect(before.rolledUntil).toBeNull();
    const state = await rollUp(database.db, 'team', now);
    expect(state?.rolledUntil).toBe(addDays(today, -2));
    const after = await queueReport(database.db, request(addDays(today, -5), addDays(today, -5)));
    expect(after.rolledUntil).toBe(addDays(today, -2));
    expect(after.summary).toEqual(before.summary);
    expect(after.hourly).toEqual(before.hourly);
    expect(after.practitioners).toEqual(before.practitioners);
    expect(before.summary).toMatchObject({
      arrivals: 5,
      transferredIn: 1,
      answered: 3,
      abandoned: 1,
      transferredOut: 1,
      withinTarget: 2,
      maxWaitSeconds: 480,
      abandonedMaxWaitSeconds: 360,
    });
    expect(before.summary.withinTargetShare).toBeCloseTo(2 / 4);
    // Waits 120, 180 and 480 s: the median is read from its 5-second bin.
    expect(Math.abs(before.summary.medianWaitSeconds! - 180)).toBeLessThanOrEqual(5);
    expect(before.hourly[9]).toEqual({ hour: 9, arrivals: 2, answered: 2 });
  });

  it('adds settled days and recent days together, and filters by queue', async () => {
    const both = await queueReport(database.db, request(addDays(today, -6), today));
    expect(both.summary.arrivals).toBe(10);
    expect(both.summary.answered).toBe(6);
    const q2 = await queueReport(database.db, request(addDays(today, -6), today, 'q2'));
    expect(q2.summary).toMatchObject({ arrivals: 2, transferredIn: 2, answered: 2 });
    const dr = both.practitioners.find((p) => p.name === 'Dr X');
    expect(dr).toMatchObject({ consults: 1, totalSeconds: 600 });
    expect(both.practitioners.find((p) => p.practitionerId === null)?.consults).toBe(5);
    const weekday = new Date(`${addDays(today, -5)}T12:00:00Z`).getUTCDay() || 7; // ISO: Sunday is 7
    expect(both.heatmap.find((c) => c.weekday === weekday && c.hour === 9)?.arrivals).toBeGreaterThanOrEqual(2);
  });

  it('marks nothing rolled up for a clinic with no calls yet, so history recorded later is read', async () => {
    await database.db.insert(teams).values({ id: 'empty', name: 'Empty', timezone: TZ });
    expect(await rollUp(database.db, 'empty', now)).toBeNull();
    await database.db.insert(calls).values({
      id: 'late',
      rootCallId: 'late',
      teamId: 'empty',
      callType: 'video',
      queueId: 'q1',
      status: 'left',
      joinedAt: at(5, '10:00'),
      arrivedAt: at(5, '10:00'),
      leftQueueAt: at(5, '10:03'),
    });
    const report = await queueReport(database.db, { ...request(addDays(today, -6), today), teamId: 'empty' });
    expect(report.summary).toMatchObject({ arrivals: 1, abandoned: 1 });
  });

  it('rebuilds the roll-ups when the clinic moves timezone', async () => {
    await database.db.execute(sql`UPDATE teams SET timezone = 'Australia/Perth' WHERE id = 'team'`);
    const state = await rollUp(database.db, 'team', now);
    expect(state?.timezone).toBe('Australia/Perth');
    const perth = await queueReport(database.db, {
      ...request(addDays(today, -6), today),
      timezone: 'Australia/Perth',
    });
    expect(perth.summary.arrivals).toBe(10);
    // 09:00 in Sydney is 06:00 or 07:00 in Perth, depending on daylight saving.
    expect(perth.hourly[9]!.arrivals).toBe(0);
  });
});
