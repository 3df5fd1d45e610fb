import type { Session } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { forgetCachedSettings, saveGlobalSettings } from '../settings/store';
import { createUser } from '../staff/users';
import { recordActivity } from './activity';
import { sessionChecker } from './stream-session';

const ctx = { ip: null, userAgent: 'vitest', actor: { id: null, email: 'test' } };
const MINUTE = 60_000;

describe.each(await testDatabases())('an open stream and the idle sign-out on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    forgetCachedSettings();
  }, 60_000);
  afterAll(() => database.close());

  it('ends at the next heartbeat once nobody has used the sign-in for the idle time', async () => {
    const { user } = await createUser(ctx, {
      email: 'idle@example.com',
      name: 'Idle',
      role: 'receptionist',
      teamIds: [],
      password: 'idle person password',
    });
    await saveGlobalSettings(ctx, user.id, { idleTimeoutMinutes: 2 });
    const opened = Date.now();
    const session: Session = {
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      signedInAt: opened,
      lastActiveAt: opened,
      sessionVersion: 0,
      mustChangePassword: false,
      expires: new Date(opened + 3_600_000).toISOString(),
    };
    let now = opened + MINUTE;
    const stillSignedIn = sessionChecker(session, () => now);
    expect(await stillSignedIn()).toBe(true);
    now = opened + 220_000; // 3 min 40 s without use: past 2 min and its minute of grace
    expect(await stillSignedIn()).toBe(false);
    // Someone typed in another tab: the browser reported it, and the stream goes on.
    await recordActivity(user.id, opened, opened + 200_000);
    expect(await stillSignedIn()).toBe(true);
  });
});
