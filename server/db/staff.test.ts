import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { audited, queryAudit, recordAudit } from '../audit';
import { authenticate } from '../auth/credentials';
import { LIMITS } from '../auth/throttle';
import { createUser, getUser, updateUser } from '../staff/users';
import { createTeam, discoverQueues, findTeam } from '../staff/teams';
import type { Database } from './client';
import { setDatabaseForTests } from './index';
import { auditLog, users } from './schema';

const ctx = { ip: '203.0.113.7', userAgent: 'vitest', actor: { id: null, email: 'test' } };

describe.each(await testDatabases())('staff, sign-in and audit on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(ctx, { id: 'team-a', name: 'Clinic A', timezone: 'Australia/Sydney' });
  }, 60_000);
  afterAll(() => database.close());

  it('keeps the audit log append-only', async () => {
    await database.db.insert(auditLog).values({ action: 'test.entry', resourceType: 'test' });
    await expect(database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await queryAudit({ action: 'test.entry' })).length).toBe(1);
  });

  it('writes an action and its audit entry together, or neither', async () => {
    await expect(
      audited(ctx, { action: 'test.rollback', resourceType: 'user' }, async (tx) => {
        await tx.insert(users).values({ email: 'ghost@example.com', name: 'Ghost', role: 'receptionist' });
        throw new Error('the action failed half way');
      }),
    ).rejects.toThrow('half way');
    const ghosts = await database.db
      .select()
      .from(users)
      .where(sql`email = 'ghost@example.com'`);
    expect(ghosts).toEqual([]);
    expect(await queryAudit({ action: 'test.rollback' })).toEqual([]);

    const { user } = await createUser(ctx, {
      email: 'Nina@Example.com',
      name: 'Nina',
      role: 'receptionist',
      teamIds: ['team-a'],
      password: 'correct horse battery',
    });
    expect(user.email).toBe('nina@example.com');
    const [entry] = await queryAudit({ action: 'user.create' });
    expect(entry).toMatchObject({
      resourceId: user.id,
      ip: '203.0.113.7',
      changes: { email: 'nina@example.com', teamIds: ['team-a'] },
    });
  });

  it('signs in with the right password only, and hashes with argon2id', async () => {
    const [row] = await database.db
      .select()
      .from(users)
      .where(sql`email = 'nina@example.com'`);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      await authenticate('nina@example.com', 'wrong password!!', { ip: '198.51.100.1', userAgent: null }),
    ).toBeNull();
    const ok = await authenticate('NINA@example.com', 'correct horse battery', { ip: '198.51.100.1', userAgent: null });
    expect(ok?.role).toBe('receptionist');
    const failed = await queryAudit({ action: 'auth.sign_in_failed' });
    expect(failed[0]!.changes).toEqual({ reason: 'wrong_password' });
  });

  // Every failure is a full argon2id verification (64 MiB, on purpose): the twenty-odd here take
  // 6 s alone and twice that beside the other suites on two cores, so they get their own budget.
  const ARGON2_HEAVY = { timeout: 60_000 };

  it('locks an account after five failures, and treats unknown accounts the same way', ARGON2_HEAVY, async () => {
    await createUser(ctx, {
      email: 'lock@example.com',
      name: 'Lock',
      role: 'receptionist',
      teamIds: [],
      password: 'the real password',
    });
    for (const email of ['lock@example.com', 'nobody@example.com']) {
      for (let i = 0; i < LIMITS.account.max; i++) {
        expect(await authenticate(email, 'guess guess guess', { ip: `192.0.2.${i}`, userAgent: null })).toBeNull();
      }
    }
    // Even the right password is refused while locked, with the same answer.
    expect(
      await authenticate('lock@example.com', 'the real password', { ip: '192.0.2.99', userAgent: null }),
    ).toBeNull();
    const refused = await queryAudit({ action: 'auth.sign_in_refused' });
    expect(refused.map((r) => r.actorEmail)).toContain('lock@example.com');
  });

  it('locks an address after twenty failures across accounts', ARGON2_HEAVY, async () => {
    const ip = '192.0.2.200';
    await createUser(ctx, {
      email: 'ip@example.com',
      name: 'Ip',
      role: 'receptionist',
      teamIds: [],
      password: 'the real password',
    });
    for (let i = 0; i < LIMITS.ip.max; i++)
      await authenticate(`someone${i}@example.com`, 'x'.repeat(12), { ip, userAgent: null });
    expect(await authenticate('ip@example.com', 'the real password', { ip, userAgent: null })).toBeNull();
    expect(
      await authenticate('ip@example.com', 'the real password', { ip: '192.0.2.201', userAgent: null }),
    ).not.toBeNull();
  });

  it('ends sessions on disable and password change, and refuses a disabled account', async () => {
    const { user } = await createUser(ctx, {
      email: 'dana@example.com',
      name: 'Dana',
      role: 'manager',
      teamIds: [],
      password: 'dana password 1',
    });
    const [before] = await database.db
      .select()
      .from(users)
      .where(sql`id = ${user.id}`);
    await updateUser(ctx, user.id, { disabled: true });
    const [after] = await database.db
      .select()
      .from(users)
      .where(sql`id = ${user.id}`);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await authenticate('dana@example.com', 'dana password 1', { ip: '192.0.2.50', userAgent: null })).toBeNull();
    await updateUser(ctx, user.id, { disabled: false, password: 'dana password 2' });
    expect(
      await authenticate('dana@example.com', 'dana password 2', { ip: '192.0.2.50', userAgent: null }),
    ).not.toBeNull();
    const update = (await queryAudit({ action: 'user.update' }))[0]!;
    expect(update.changes).toEqual({ disabled: false, password: 'changed' });
  });

  it('two creates of one email at the same moment make one account; the other is told the email is taken', async () => {
    const make = (name: string) =>
      createUser(ctx, { email: 'twice@example.com', name, role: 'receptionist', teamIds: ['team-a'] });
    const results = await Promise.allSettled([make('First'), make('Second'), make('Third')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: 'email_taken' });
    const made = (await queryAudit({ action: 'user.create' })).filter((e) => e.changes?.email === 'twice@example.com');
    expect(made).toHaveLength(1);
  });

  it('refuses a duplicate email, an unknown team and removing the last administrator', async () => {
    await expect(
      createUser(ctx, { email: 'nina@example.com', name: 'Again', role: 'admin', teamIds: [] }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      createUser(ctx, { email: 'x@example.com', name: 'X', role: 'admin', teamIds: ['nope'] }),
    ).rejects.toMatchObject({ status: 400 });
    const { user: admin, temporaryPassword } = await createUser(ctx, {
      email: 'only-admin@example.com',
      name: 'Only',
      role: 'admin',
      teamIds: [],
    });
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(updateUser(ctx, admin.id, { role: 'manager' })).rejects.toMatchObject({
      status: 400,
      code: 'last_admin',
    });
    expect((await getUser(admin.id))!.role).toBe('admin');
  });

  it("shows a manager their teams' entries and what their teams' staff did, not other teams'", async () => {
    await createTeam(ctx, { id: 'team-b', name: 'Clinic B', timezone: 'Australia/Perth' });
    const { user: inA } = await createUser(ctx, {
      email: 'member-a@example.com',
      name: 'A',
      role: 'receptionist',
      teamIds: ['team-a'],
      password: 'member a password',
    });
    const { user: inB } = await createUser(ctx, {
      email: 'member-b@example.com',
      name: 'B',
      role: 'receptionist',
      teamIds: ['team-b'],
      password: 'member b password',
    });
    await authenticate('member-a@example.com', 'member a password', { ip: '192.0.2.77', userAgent: null });
    await authenticate('member-b@example.com', 'member b password', { ip: '192.0.2.77', userAgent: null });
    const seen = await queryAudit({ teamIds: ['team-a'], limit: 1000 });
    const actors = new Set(seen.map((e) => e.actorId));
    expect(actors.has(inA.id)).toBe(true);
    expect(actors.has(inB.id)).toBe(false);
    expect(seen.some((e) => e.teamId === 'team-b')).toBe(false);
    expect(seen.some((e) => e.action === 'team.create' && e.teamId === 'team-a')).toBe(true);
  });

  it("keeps what a member of two clinics did in the other clinic out of a manager's view", async () => {
    const { user: both } = await createUser(ctx, {
      email: 'both@example.com',
      name: 'Both',
      role: 'receptionist',
      teamIds: ['team-a', 'team-b'],
      password: 'both clinics password',
    });
    const asBoth = { ...ctx, actor: { id: both.id, email: both.email } };
    await recordAudit(asBoth, {
      action: 'caller.view',
      resourceType: 'call',
      resourceId: 'call-in-b',
      teamId: 'team-b',
    });
    await recordAudit(asBoth, {
      action: 'caller.view',
      resourceType: 'call',
      resourceId: 'call-in-a',
      teamId: 'team-a',
    });
    await authenticate('both@example.com', 'both clinics password', { ip: '192.0.2.78', userAgent: null });
    const seenByA = await queryAudit({ teamIds: ['team-a'], limit: 1000 });
    expect(seenByA.map((e) => e.resourceId)).toContain('call-in-a');
    expect(seenByA.map((e) => e.resourceId)).not.toContain('call-in-b');
    expect(seenByA.some((e) => e.action === 'auth.sign_in' && e.actorId === both.id)).toBe(true);
    expect((await queryAudit({ limit: 1000 })).map((e) => e.resourceId)).toContain('call-in-b');
  });

  it('adds queues first seen in calls as discovered, once, keeping configured names', async () => {
    const team = (await findTeam('team-a'))!;
    expect(await discoverQueues(team, ['q-new', 'q-new', null])).toBe(1);
    const again = (await findTeam('team-a'))!;
    expect(again.queues.find((q) => q.id === 'q-new')).toMatchObject({ source: 'discovered', name: 'Queue q-new' });
    expect(await discoverQueues(again, ['q-new'])).toBe(0);
  });
});
