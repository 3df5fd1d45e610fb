import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicInstant, clinicParts } from '@/lib/core/clinic-time';
import { START_NOW_LEAD_MS } from '@/lib/sessions/booking';
import type { BookingInput } from '@/lib/sessions/schemas';
import { startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import type { Staff } from '../auth/session';
import { setCoviuClientForTests } from '../coviu';
import { openDatabase, type Database } from '../db/client';
import { setDatabaseForTests } from '../db';
import { runWithKey } from '../idempotency-scope';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { bookSession } from './actions';

const ctx = { ip: '203.0.113.10', userAgent: 'vitest', actor: { id: null, email: 'test' } };
const TZ = 'Australia/Sydney';

describe('a booking resumed after its process died', () => {
  let t: TestSandbox;
  let database: Database;
  let staff: Staff;

  beforeAll(async () => {
    t = await startTestSandbox();
    setCoviuClientForTests(t.coviu);
    database = await openDatabase({});
    setDatabaseForTests(database);
    await createTeam(ctx, { id: t.team.id, name: 'North Clinic', timezone: TZ });
    const { user } = await createUser(ctx, {
      email: 'dr.crash@example.com',
      name: 'Dr Crash',
      role: 'practitioner',
      teamIds: [t.team.id],
      password: 'a long enough password',
    });
    staff = {
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'receptionist',
      teamIds: [t.team.id],
      preferences: {},
    };
  }, 60_000);
  afterAll(async () => {
    await t.sandbox.close();
    await database.close();
  });

  it('takes up the session the dead attempt made instead of booking a second', async () => {
    const date = addDays(clinicParts(t.now(), TZ).date, 1);
    const input: BookingInput = {
      name: 'Follow-up after the crash',
      when: { kind: 'scheduled', date, time: '11:00' },
      durationMinutes: 30,
      hostIds: [staff.id],
      guests: [],
      options: { singleUseLinks: false, hideMenu: false },
    };
    const start = clinicInstant(date, '11:00', TZ)!;
    // The first attempt: Coviu made the session, then the process died before recording it.
    const made = await t.coviu.sessions.create({
      name: input.name,
      startTime: start,
      endTime: new Date(start.getTime() + 30 * 60_000),
      participants: [{ displayName: 'Dr Crash', role: 'HOST', state: `waitboard:host:${staff.id}` }],
    });
    const retried = await runWithKey({ key: 'crash-key', userId: staff.id, resumed: true }, () =>
      bookSession(ctx, staff, t.team.id, input, t.now()),
    );
    expect(retried.id).toBe(made.id);
    const named = (await t.coviu.sessions.listAll({ startTime: start })).filter((s) => s.name === input.name);
    expect(named.map((s) => s.id)).toEqual([made.id]);

    // Recorded now: another resumed booking of the same slot is a booking of its own.
    const second = await runWithKey({ key: 'other-key', userId: staff.id, resumed: true }, () =>
      bookSession(ctx, staff, t.team.id, input, t.now()),
    );
    expect(second.id).not.toBe(made.id);
  });
  it('takes up a "start now" session the dead attempt made a little earlier', async () => {
    const input: BookingInput = {
      name: 'Seen straight away',
      when: { kind: 'now' },
      durationMinutes: 20,
      hostIds: [staff.id],
      guests: [],
      options: { singleUseLinks: false, hideMenu: false },
    };
    // The first attempt asked for "now + lead" some seconds before the retry does.
    const start = new Date(t.now() + START_NOW_LEAD_MS - 8_000);
    const made = await t.coviu.sessions.create({
      name: input.name,
      startTime: start,
      endTime: new Date(start.getTime() + 20 * 60_000),
      participants: [{ displayName: 'Dr Crash', role: 'HOST', state: `waitboard:host:${staff.id}` }],
    });
    const retried = await runWithKey({ key: 'now-key', userId: staff.id, resumed: true }, () =>
      bookSession(ctx, staff, t.team.id, input, t.now()),
    );
    expect(retried.id).toBe(made.id);
  });
});
