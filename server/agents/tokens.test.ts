import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../audit';
import { activeStaff, type Staff } from '../auth/session';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { agentTokens } from '../db/schema';
import { resetPassword } from '../staff/passwords';
import { createTeam } from '../staff/teams';
import { createUser, updateUser } from '../staff/users';
import { agentFromBearer, takeCall } from './principal';
import { createAgentToken, hashAgentToken, listAgentTokens, revokeAgentToken } from './tokens';

const system = { ip: null, userAgent: 'vitest', actor: { id: null, email: 'test' } };
let sequence = 0;

describe.each(await testDatabases())('agent tokens on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(system, { id: 'team-n', name: 'North Clinic', timezone: 'Australia/Sydney' });
    await createTeam(system, { id: 'team-s', name: 'South Clinic', timezone: 'Australia/Sydney' });
  }, 60_000);
  afterAll(() => database.close());

  /** A fresh person (so one test's disabling or moving cannot touch another's), as the session reads them. */
  async function person(role: Staff['role'] = 'receptionist', teamIds = ['team-n', 'team-s']): Promise<Staff> {
    sequence += 1;
    const { user } = await createUser(system, {
      email: `agent-owner-${sequence}@example.com`,
      name: `Owner ${sequence}`,
      role,
      teamIds,
      password: 'correct horse battery',
    });
    const { sessionVersion: _, ...staff } = (await activeStaff(user.id))!;
    return staff;
  }

  it('makes a token that is stored as a hash, listed without its secret, and acts as its owner', async () => {
    const owner = await person();
    const ctx = { ...system, actor: { id: owner.id, email: owner.email } };
    const { token, view } = await createAgentToken(ctx, owner, { name: 'Front desk', scopes: ['triage'], days: 7 });
    expect(token).toMatch(/^wbat_[A-Za-z0-9_-]{40,}$/);
    expect(view).toMatchObject({ name: 'Front desk', scopes: ['read', 'triage'], teamIds: null, lastUsedAt: null });
    expect(token.startsWith(view.prefix)).toBe(true);

    const [row] = await database.db.select().from(agentTokens).where(eq(agentTokens.id, view.id));
    expect(row!.tokenHash).toBe(hashAgentToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const listed = await listAgentTokens(owner.id);
    expect(listed.map((t) => t.id)).toEqual([view.id]);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await listAgentTokens()).some((t) => t.id === view.id && t.owner.email === owner.email)).toBe(true);

    const principal = await agentFromBearer(token);
    expect(principal).toMatchObject({ tokenId: view.id, tokenName: 'Front desk' });
    expect([...principal!.scopes]).toEqual(['read', 'triage']);
    expect(principal!.staff).toMatchObject({ id: owner.id, role: 'receptionist', teamIds: ['team-n', 'team-s'] });
    expect(await agentFromBearer(`${token}x`)).toBeNull();
    expect(await agentFromBearer('not-a-token')).toBeNull();

    const [entry] = await queryAudit({ action: 'agent_token.create', actorId: owner.id });
    expect(entry).toMatchObject({ resourceId: view.id, changes: { name: 'Front desk', scopes: ['read', 'triage'] } });
  });

  it('refuses reports to a receptionist and clinics the owner is not in', async () => {
    const owner = await person('receptionist', ['team-n']);
    await expect(createAgentToken(system, owner, { name: 'x', scopes: ['reports'] })).rejects.toMatchObject({
      status: 403,
      fields: [{ path: 'scopes' }],
    });
    await expect(createAgentToken(system, owner, { name: 'x', teamIds: ['team-s'] })).rejects.toMatchObject({
      status: 403,
      fields: [{ path: 'teamIds' }],
    });
    expect(await listAgentTokens(owner.id)).toEqual([]);
  });

  it('stops working the moment its owner is disabled', async () => {
    const owner = await person();
    const { token } = await createAgentToken(system, owner, { name: 'Disabled soon' });
    expect(await agentFromBearer(token)).not.toBeNull();
    await updateUser(system, owner.id, { disabled: true });
    expect(await agentFromBearer(token)).toBeNull();
    // Revoked with the account, so enabling it again (after whatever made someone disable it)
    // does not bring back a token its owner may not have made.
    await updateUser(system, owner.id, { disabled: false });
    expect(await agentFromBearer(token)).toBeNull();
    expect((await listAgentTokens(owner.id))[0]!.revokedAt).not.toBeNull();
  });

  it('is revoked when an administrator gives its owner a new password (recovering the account)', async () => {
    const owner = await person();
    const { token } = await createAgentToken(system, owner, { name: 'Made before the reset' });
    await resetPassword(system, owner.id);
    expect(await agentFromBearer(token)).toBeNull();
  });

  it('loses a clinic when its owner leaves it, whether made for all clinics or for that one', async () => {
    const owner = await person();
    const all = await createAgentToken(system, owner, { name: 'All clinics' });
    const south = await createAgentToken(system, owner, { name: 'South only', teamIds: ['team-s'] });
    expect((await agentFromBearer(south.token))!.staff.teamIds).toEqual(['team-s']);

    await updateUser(system, owner.id, { teamIds: ['team-n'] });
    expect((await agentFromBearer(all.token))!.staff.teamIds).toEqual(['team-n']);
    // Still a token, but one that reaches no clinic at all.
    expect((await agentFromBearer(south.token))!.staff.teamIds).toEqual([]);
  });

  it('is refused once expired or revoked, and a revoked token cannot be revoked twice', async () => {
    const owner = await person();
    const made = Date.now();
    const { token, view } = await createAgentToken(system, owner, { name: 'Short', days: 1 }, made);
    expect(await agentFromBearer(token, new Date(made + 86_400_000 - 1_000))).not.toBeNull();
    expect(await agentFromBearer(token, new Date(made + 86_400_000 + 1_000))).toBeNull();
    const past = await createAgentToken(system, owner, { name: 'Long gone', days: 1 }, made - 2 * 86_400_000);
    expect(await agentFromBearer(past.token)).toBeNull();

    const someoneElse = await person();
    await expect(revokeAgentToken(system, someoneElse, view.id)).rejects.toMatchObject({ status: 404 });
    expect(await agentFromBearer(token)).not.toBeNull();

    await revokeAgentToken({ ...system, actor: { id: owner.id, email: owner.email } }, owner, view.id);
    expect(await agentFromBearer(token)).toBeNull();
    expect((await listAgentTokens(owner.id)).find((t) => t.id === view.id)!.revokedAt).not.toBeNull();
    await expect(revokeAgentToken(system, owner, view.id)).rejects.toMatchObject({ status: 404 });
    expect((await queryAudit({ action: 'agent_token.revoke' })).filter((e) => e.resourceId === view.id)).toHaveLength(
      1,
    );
  });

  it('lets an administrator revoke anyone’s token, and no one else', async () => {
    const owner = await person();
    const admin = await person('admin');
    const manager = await person('manager');
    const { token, view } = await createAgentToken(system, owner, { name: 'Reviewed' });
    await expect(revokeAgentToken(system, manager, view.id, true)).rejects.toMatchObject({ status: 404 });
    await revokeAgentToken(system, admin, view.id, true);
    expect(await agentFromBearer(token)).toBeNull();
  });

  it('counts calls to the limit in a minute, then answers when to retry, and stamps the last use', async () => {
    const owner = await person();
    const { view } = await createAgentToken(system, owner, { name: 'Busy' });
    for (let i = 0; i < 3; i++) expect(await takeCall(view.id, 3)).toEqual({ allowed: true });
    const refused = await takeCall(view.id, 3);
    expect(refused.allowed).toBe(false);
    const retry = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await listAgentTokens(owner.id))[0]!.lastUsedAt).not.toBeNull();

    // A window that began over a minute ago starts afresh.
    await database.db
      .update(agentTokens)
      .set({ windowStart: new Date(Date.now() - 61_000) })
      .where(eq(agentTokens.id, view.id));
    expect(await takeCall(view.id, 3)).toEqual({ allowed: true });
  });
});
