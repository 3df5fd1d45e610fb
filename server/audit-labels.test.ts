import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit, recordAudit } from './audit';
import { auditCsv } from './audit-query';
import { describeAudit } from './audit-labels';
import type { Database } from './db/client';
import { setDatabaseForTests } from './db/index';
import { calls } from './db/schema';
import { createTeam, addQueue } from './staff/teams';
import { createUser } from './staff/users';

// Coviu is not reachable from a unit test: a session's name falls back to its booking.
vi.mock('./coviu', () => ({
  coviu: () => ({ sessions: { get: () => Promise.reject(new Error('no Coviu here')) } }),
  isCoviuError: () => false,
}));

const system = { ip: null, userAgent: null, actor: { id: null, email: null } };

describe.each(await testDatabases())('the audit log in words on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(system, { id: 'team-l', name: 'Lakeside Clinic', timezone: 'Australia/Sydney' });
    await addQueue(system, 'team-l', { id: 'queue-l', name: 'General' });
  }, 60_000);
  afterAll(() => database.close());

  it('names staff, clinics and callers, and reads addresses as people do', async () => {
    const { user } = await createUser(system, {
      email: 'riley@example.com',
      name: 'Riley Reception',
      role: 'receptionist',
      teamIds: ['team-l'],
    });
    await database.db.insert(calls).values({
      id: 'call-l1',
      teamId: 'team-l',
      queueId: 'queue-l',
      rootCallId: 'call-l1',
      callType: 'video',
      status: 'left',
      joinedAt: new Date('2026-11-24T22:42:00Z'),
      arrivedAt: new Date('2026-11-24T22:42:00Z'),
    });
    const riley = {
      ip: '::ffff:10.1.2.3',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0',
      actor: { id: user.id, email: user.email },
    };
    await recordAudit(riley, {
      action: 'caller.claim',
      resourceType: 'caller',
      resourceId: 'call-l1',
      teamId: 'team-l',
    });
    await recordAudit(
      { ...riley, ip: '::1' },
      { action: 'auth.sign_in', resourceType: 'session', resourceId: user.id },
    );

    const [signIn, claim] = await describeAudit(await queryAudit({ actorId: user.id }), 'full');
    expect(claim).toMatchObject({
      who: 'Riley Reception',
      actorEmail: 'riley@example.com',
      actionLabel: 'Claimed a caller',
      // The caller has left Coviu's waiting area: no name is kept, so when and where they arrived.
      what: 'Caller who arrived Wed, 25 Nov, 09:42 in General',
      clinic: 'Lakeside Clinic',
      from: '10.1.2.3',
      device: 'Chrome on Windows',
    });
    expect(signIn).toMatchObject({ what: 'Their own sign-in', from: 'This computer', clinic: null });

    const csv = auditCsv([claim!]).split('\r\n');
    expect(csv[0]).toMatch(/^When,Who,Email,Action,About,Clinic,From,Browser,Entry,Action code/);
    expect(csv[1]).toContain('Riley Reception,riley@example.com,Claimed a caller,');
    expect(csv[1]).toContain('::ffff:10.1.2.3');
  });

  it('names a caller Coviu still lists as the viewer’s privacy setting allows', async () => {
    const hub = globalThis as unknown as { waitboardHub?: unknown };
    hub.waitboardHub = {
      running: () => ({
        snapshot: () => ({ callers: [{ callId: 'call-l1', rootCallId: 'call-l1', name: 'Jane Citizen' }] }),
      }),
    };
    try {
      const rows = await queryAudit({ action: 'caller.claim' });
      expect((await describeAudit(rows, 'full'))[0]!.what).toBe('Jane Citizen · arrived Wed, 25 Nov, 09:42 in General');
      expect((await describeAudit(rows, 'initials'))[0]!.what).toBe('J. C. · arrived Wed, 25 Nov, 09:42 in General');
    } finally {
      delete hub.waitboardHub;
    }
  });

  it('says what it knows when the thing is gone or was done by Waitboard itself', async () => {
    await recordAudit(system, {
      action: 'session.cancel',
      resourceType: 'session',
      resourceId: 'sess-x',
      teamId: 'team-l',
    });
    await recordAudit(system, { action: 'user.update', resourceType: 'user', resourceId: crypto.randomUUID() });
    const entries = await describeAudit(await queryAudit({ actorId: undefined, limit: 2 }), 'initials');
    expect(entries.map((e) => [e.who, e.what])).toEqual([
      ['Waitboard', 'A staff account since removed'],
      ['Waitboard', 'A Coviu session'],
    ]);
  });
});
