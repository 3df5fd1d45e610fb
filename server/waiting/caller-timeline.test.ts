import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardCaller } from '@/lib/waiting/types';
import type { Staff } from '../auth/session';
import { setDatabaseForTests } from '../db';
import { openDatabase, type Database } from '../db/client';
import { calls } from '../db/schema';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { callerTimeline } from './caller-timeline';
import { applyTriageAction } from './triage-actions';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: 'test' } };

describe('callerTimeline', () => {
  let database: Database;
  let staff: Staff;
  const teamId = randomUUID();
  const otherTeam = randomUUID();
  const first = randomUUID();
  const second = randomUUID();
  const arrived = new Date(Date.now() - 10 * 60_000);
  const moved = new Date(Date.now() - 4 * 60_000);

  beforeAll(async () => {
    database = await openDatabase({});
    setDatabaseForTests(database);
    await createTeam(ctx, { id: teamId, name: 'North Clinic', timezone: 'Australia/Perth' });
    await createTeam(ctx, { id: otherTeam, name: 'South Clinic', timezone: 'Australia/Sydney' });
    const made = await createUser(ctx, {
      email: 'riley@example.com',
      name: 'Riley Reception',
      role: 'receptionist',
      teamIds: [teamId],
      password: 'a long enough password',
    });
    staff = {
      id: made.user.id,
      email: 'riley@example.com',
      name: 'Riley Reception',
      role: 'receptionist',
      teamIds: [teamId],
      preferences: {},
    };
    const row = { teamId, callType: 'video', arrivedAt: arrived, rootCallId: first };
    await database.db.insert(calls).values([
      { ...row, id: first, queueId: 'q-a', status: 'transferred', joinedAt: arrived, transferredAt: moved },
      { ...row, id: second, queueId: 'q-b', previousCallId: first, status: 'waiting', joinedAt: moved },
    ]);
    const caller = { callId: second, rootCallId: first, teamId, status: 'waiting' } as DashboardCaller;
    const actor = { ...ctx, actor: { id: staff.id, email: staff.email } };
    await applyTriageAction(actor, staff, caller, { type: 'claim' });
    await applyTriageAction(actor, staff, caller, { type: 'note', note: 'Interpreter booked' });
  }, 60_000);
  afterAll(() => database.close());

  it("tells one caller's story across their calls, with who acted, in the clinic's zone", async () => {
    const timeline = await callerTimeline(teamId, second);
    expect(timeline.timezone).toBe('Australia/Perth');
    expect(timeline.entries.map((e) => [e.kind, e.by])).toEqual([
      ['arrived', null],
      ['transferred', null],
      ['claimed', 'Riley Reception'],
      ['note', 'Riley Reception'],
    ]);
    // Asking by the first call gives the same story: it is the caller's, not the call's.
    expect((await callerTimeline(teamId, first)).entries).toEqual(timeline.entries);
  });

  it("refuses another clinic's caller with a 404 that names no one", async () => {
    await expect(callerTimeline(otherTeam, second)).rejects.toMatchObject({
      status: 404,
      message: 'Waitboard has no record of this caller in this clinic.',
    });
  });
});
