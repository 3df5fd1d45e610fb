import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DashboardCaller } from '@/lib/waiting/types';
import { startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { queryAudit, recordAudit } from '../audit';
import type { Staff } from '../auth/session';
import { setCoviuClientForTests } from '../coviu';
import { createCoviuClient } from '../coviu/client';
import { setDatabaseForTests } from '../db';
import { openDatabase, type Database } from '../db/client';
import { triage } from '../db/schema';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { resumePendingRooms } from './admit-room';
import { mayResume } from './rooms';
import { applyTriageAction } from './triage-actions';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: 'test' } };

describe('room admits: the room is made once, whatever happens between Waitboard and Coviu', () => {
  let t: TestSandbox;
  let database: Database;
  let staff: Staff;
  let practitionerId: string;

  beforeAll(async () => {
    t = await startTestSandbox();
    // A short timeout, so a late answer from Coviu is a timeout here.
    setCoviuClientForTests(
      createCoviuClient({
        baseUrl: t.sandbox.url,
        clientId: 'sandbox-client',
        clientSecret: 'sandbox-secret',
        timeoutMs: 400,
        backoff: { baseDelayMs: 20, maxDelayMs: 50, budgetMs: 300 },
      }),
    );
    database = await openDatabase({});
    setDatabaseForTests(database);
    await createTeam(ctx, { id: t.team.id, name: 'North Clinic', timezone: 'Australia/Sydney' });
    const made = await createUser(ctx, {
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'practitioner',
      teamIds: [t.team.id],
      password: 'a long enough password',
    });
    practitionerId = made.user.id;
    staff = {
      id: practitionerId,
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'admin',
      teamIds: [],
      preferences: {},
    };
  }, 60_000);
  afterAll(async () => {
    await t.control('PUT', '/_sandbox/faults', {});
    await t.sandbox.close();
    await database.close();
  });

  const caller = (rootCallId: string): DashboardCaller =>
    ({ callId: rootCallId, rootCallId, teamId: t.team.id, status: 'waiting', name: 'Pat Caller' }) as DashboardCaller;
  const rooms = async (rootCallId: string) =>
    (await t.coviu.sessions.listAll({ state: `waitboard:caller:${rootCallId}` })).map((s) => s.id);
  const stored = async (rootCallId: string) =>
    (await database.db.select().from(triage).where(eq(triage.rootCallId, rootCallId)))[0]?.admission;

  /** A room admission a process recorded before it died, its room not yet known to be made. */
  const pendingAdmission = (rootCallId: string, opener: string, admittedAt: string) =>
    database.db.insert(triage).values({
      rootCallId,
      teamId: t.team.id,
      admission: {
        mode: 'room',
        practitionerId,
        admittedAt,
        admittedBy: practitionerId,
        opening: { opener, since: admittedAt },
      },
    });

  it('records the admission before Coviu answers, and a retry finds the room Coviu made instead of making another', async () => {
    // Coviu makes the room but its answer comes after the client gave up.
    await t.control('PUT', '/_sandbox/faults', { replyDelayMs: 1_000, paths: ['/v1/sessions'] });
    const admit = { type: 'admit' as const, practitionerId, mode: 'room' as const };
    await expect(applyTriageAction(ctx, staff, caller('call-late'), admit)).rejects.toMatchObject({ code: 'timeout' });
    await t.control('PUT', '/_sandbox/faults', {});
    expect(await rooms('call-late')).toHaveLength(1);
    expect((await stored('call-late'))?.opening).toBeDefined();

    const result = await applyTriageAction(ctx, staff, caller('call-late'), admit);
    expect(await rooms('call-late')).toEqual([(await stored('call-late'))?.sessionId]);
    expect((await stored('call-late'))?.opening).toBeUndefined();
    const entries = await queryAudit({ teamId: t.team.id });
    const mine = entries.filter((e) => e.resourceId === 'call-late').map((e) => e.action);
    expect(mine.sort()).toEqual(['caller.admit', 'caller.room']);
    expect(result.auditId).toBe(entries.find((e) => e.resourceId === 'call-late' && e.action === 'caller.admit')?.id);
  });

  it('finishes at start-up a room a crashed process was making, with the room Coviu already has', async () => {
    const admittedAt = new Date(Date.now() - 1_000).toISOString();
    await t.coviu.sessions.create({
      name: 'Waitboard consult with Dr Ada',
      startTime: new Date(Date.now() + 15_000),
      endTime: new Date(Date.now() + 60_000),
      participants: [
        { displayName: 'Dr Ada', role: 'HOST', state: `waitboard:host:${practitionerId}` },
        { displayName: 'Pat Caller', role: 'GUEST', state: 'waitboard:caller:call-crashed' },
      ],
    });
    await pendingAdmission('call-crashed', 'a-process-that-died', admittedAt);
    await resumePendingRooms(async () => 'Pat Caller');
    expect(await rooms('call-crashed')).toHaveLength(1);
    expect(await rooms('call-crashed')).toEqual([(await stored('call-crashed'))?.sessionId]);
  });

  it('makes the room at start-up when the crash came before Coviu was asked', async () => {
    const admittedAt = new Date().toISOString();
    await pendingAdmission('call-early', 'a-process-that-died', admittedAt);
    await resumePendingRooms(async () => 'Pat Caller');
    expect(await rooms('call-early')).toEqual([(await stored('call-early'))?.sessionId]);
  });
  it('lets a retry that meets the start-up sweep mid-takeover share its one room, not refuse', async () => {
    const admittedAt = new Date().toISOString();
    await pendingAdmission('call-race', 'another-process-that-died', admittedAt);
    // The admission's entry, written with it before the crash.
    await recordAudit(ctx, {
      action: 'caller.admit',
      resourceType: 'caller',
      resourceId: 'call-race',
      teamId: t.team.id,
    });
    let inWindow!: () => void;
    const tookOver = new Promise<void>((resolve) => (inWindow = resolve));
    // The sweep has taken the room over and is still looking up the caller's name.
    const sweep = resumePendingRooms(async () => {
      inWindow();
      await new Promise((r) => setTimeout(r, 100));
      return 'Pat Caller';
    });
    await tookOver;
    // The retry read the admission before the takeover: it still names the dead opener.
    expect(await mayResume('call-race', { opener: 'another-process-that-died', since: admittedAt })).toBe(true);
    const admit = { type: 'admit' as const, practitionerId, mode: 'room' as const };
    const result = await applyTriageAction(ctx, staff, caller('call-race'), admit);
    await sweep;
    expect(result.auditId).toBeGreaterThan(0);
    expect(await rooms('call-race')).toEqual([(await stored('call-race'))?.sessionId]);
  });
});
