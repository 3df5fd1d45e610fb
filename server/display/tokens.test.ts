import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../audit';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { createDisplayToken, revokeDisplayToken, verifyDisplayToken } from './tokens';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: 'manager@example.com' } };

describe.each(await testDatabases())('display links on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(ctx, { id: 'team-d', name: 'Clinic D', timezone: 'Australia/Sydney' });
  }, 60_000);
  afterAll(() => database.close());

  it('audits a revocation only when a link was revoked', async () => {
    const { user } = await createUser(ctx, { email: 'm@example.com', name: 'M', role: 'manager', teamIds: ['team-d'] });
    const { id, token } = await createDisplayToken(ctx, user.id, 'team-d', {
      label: 'Waiting room TV',
      showNames: 'initials',
    });
    await expect(revokeDisplayToken(ctx, 'team-d', crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
    await expect(revokeDisplayToken(ctx, 'other-team', id)).rejects.toMatchObject({ status: 404 });
    expect(await queryAudit({ action: 'display.revoke' })).toEqual([]);

    await revokeDisplayToken(ctx, 'team-d', id);
    await expect(revokeDisplayToken(ctx, 'team-d', id)).rejects.toMatchObject({ status: 404 });
    const entries = await queryAudit({ action: 'display.revoke' });
    expect(entries.map((e) => e.resourceId)).toEqual([id]);
    expect(await verifyDisplayToken(token)).toBeNull();
  });
});
