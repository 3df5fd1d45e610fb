import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../audit';
import { authenticate, TemporaryPasswordExpired } from '../auth/credentials';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { users } from '../db/schema';
import { changeOwnPassword, resetPassword } from './passwords';
import { createUser } from './users';

const ctx = { ip: '203.0.113.8', userAgent: 'vitest', actor: { id: null, email: 'cli' } };
const client = { ip: '198.51.100.9', userAgent: null };
const HOUR = 3_600_000;

describe.each(await testDatabases())('temporary passwords on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
  }, 60_000);
  afterAll(() => database.close());

  it('work for 72 hours, and only to choose a password of ones own', async () => {
    const { user, temporaryPassword } = await createUser(ctx, {
      email: 'temp@example.com',
      name: 'Tem Porary',
      role: 'receptionist',
      teamIds: [],
    });
    const given = temporaryPassword!;
    const signedIn = await authenticate('temp@example.com', given, client);
    expect(signedIn?.mustChangePassword).toBe(true);

    await expect(authenticate('temp@example.com', given, client, Date.now() + 73 * HOUR)).rejects.toBeInstanceOf(
      TemporaryPasswordExpired,
    );
    const refused = await queryAudit({ action: 'auth.sign_in_failed' });
    expect(refused[0]!.changes).toEqual({ reason: 'temporary_password_expired' });

    await expect(
      changeOwnPassword(ctx, user.id, { currentPassword: 'not the one given', newPassword: 'my own secret words' }),
    ).rejects.toMatchObject({ status: 400, code: 'wrong_password' });
    await expect(changeOwnPassword(ctx, user.id, { currentPassword: given, newPassword: given })).rejects.toMatchObject(
      {
        status: 400,
        code: 'same_password',
      },
    );
    const [before] = await database.db.select().from(users).where(eq(users.id, user.id));
    await changeOwnPassword(ctx, user.id, { currentPassword: given, newPassword: 'my own secret words' });
    const [after] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordTemporaryUntil).toBeNull();
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    const mine = await authenticate('temp@example.com', 'my own secret words', client, Date.now() + 100 * HOUR);
    expect(mine?.mustChangePassword).toBe(false);
    expect(await authenticate('temp@example.com', given, client)).toBeNull();

    const reset = await resetPassword(ctx, user.id);
    expect((await authenticate('temp@example.com', reset, client))?.mustChangePassword).toBe(true);
    expect((await queryAudit({ action: 'user.password_reset' })).map((e) => e.resourceId)).toEqual([user.id]);
  });

  it('count wrong current passwords against the sign-in lock-out', async () => {
    const { user } = await createUser(ctx, {
      email: 'guess@example.com',
      name: 'Gue Ss',
      role: 'receptionist',
      teamIds: [],
      password: 'the real one, long enough',
    });
    const guess = (currentPassword: string) =>
      changeOwnPassword(ctx, user.id, { currentPassword, newPassword: 'a brand new password' });
    for (let i = 0; i < 5; i++) await expect(guess(`guess ${i}`)).rejects.toMatchObject({ status: 400 });
    // Locked now: even the right password is refused, and sign-in is locked too.
    await expect(guess('the real one, long enough')).rejects.toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(await authenticate('guess@example.com', 'the real one, long enough', client)).toBeNull();
    const failed = await queryAudit({ action: 'user.password_change_failed' });
    expect(failed.filter((e) => e.resourceId === user.id)).toHaveLength(5);
  });

  it('are not what an administrator or a person chose', async () => {
    await createUser(ctx, {
      email: 'chosen@example.com',
      name: 'Cho Sen',
      role: 'manager',
      teamIds: [],
      password: 'a password chosen on purpose',
    });
    const signedIn = await authenticate('chosen@example.com', 'a password chosen on purpose', client);
    expect(signedIn?.mustChangePassword).toBe(false);
  });
});
