import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { signInThrottle } from '../db/schema';
import { isLocked, LIMITS, recordFailure } from './throttle';

// On PostgreSQL the failures arrive on separate connections at once, as from several instances.
describe.each(await testDatabases())('the sign-in throttle under simultaneous failures on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
  }, 60_000);
  afterAll(() => database.close());

  it('counts every one of an account’s first failures, however many arrive together', async () => {
    const keys = { account: 'together@example.com', ip: null };
    await Promise.all(Array.from({ length: LIMITS.account.max }, () => recordFailure(keys)));
    const [row] = await database.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.key, `account:${keys.account}`));
    expect(row?.failures).toBe(LIMITS.account.max);
    expect(await isLocked(keys)).toBe(true);
  });
});
