import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../../audit';
import type { Database } from '../../db/client';
import { setDatabaseForTests } from '../../db/index';
import { createUser, findUserByEmail, getUser, updateUser } from '../../staff/users';
import { resolveSsoAccount } from './accounts';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: null } };
const ISS = 'https://idp.example';
const NOW = 1_800_000_000;
const resolve = (claims: Record<string, unknown>, maxAge: number | null = 0) =>
  resolveSsoAccount(
    { iss: ISS, auth_time: NOW - 30, ...claims } as never,
    ctx,
    { maxAgeSeconds: maxAge, roleMapping: null },
    NOW,
  );
const who = (outcome: Awaited<ReturnType<typeof resolve>>) =>
  'user' in outcome ? outcome.user.email : `refused: ${outcome.refused}`;

describe.each(await testDatabases())('matching a single sign-on to a Waitboard account on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    for (const email of ['nina@clinic.example', 'off@clinic.example'])
      await createUser(ctx, { email, name: email, role: 'manager', teamIds: [] });
  }, 60_000);
  afterAll(() => database.close());

  it('binds an account at its first sign-in by verified email, then matches on the subject alone', async () => {
    expect(who(await resolve({ sub: 'nina-1', email: 'Nina@Clinic.example', email_verified: true }))).toBe(
      'nina@clinic.example',
    );
    const links = await queryAudit({ action: 'auth.sso_link' });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ ip: '203.0.113.9', changes: { issuer: ISS } });
    // The provider's email changed, even to one that is not verified: the subject still decides.
    expect(who(await resolve({ sub: 'nina-1', email: 'nina.new@elsewhere.example', email_verified: false }))).toBe(
      'nina@clinic.example',
    );
  });

  it('refuses a second subject claiming a bound account’s email, and an unverified or missing email', async () => {
    expect(who(await resolve({ sub: 'impostor', email: 'nina@clinic.example', email_verified: true }))).toBe(
      'refused: linked_elsewhere',
    );
    expect(who(await resolve({ sub: 'x1', email: 'off@clinic.example', email_verified: false }))).toBe(
      'refused: email_unverified',
    );
    expect(who(await resolve({ sub: 'x2', name: 'No email' }))).toBe('refused: no_email');
    expect(who(await resolve({ sub: 'x3', email: 'stranger@clinic.example' }))).toBe('refused: unknown_account');
    expect(await queryAudit({ action: 'auth.sso_link' })).toHaveLength(1);
  });

  it('says a disabled account is disabled, bound or not, and refuses a provider sign-in older than asked for', async () => {
    const off = await resolve({ sub: 'off-1', email: 'off@clinic.example' });
    expect(who(off)).toBe('off@clinic.example');
    if (!('user' in off)) throw new Error('expected a sign-in');
    await updateUser(ctx, off.user.id, { disabled: true });
    expect(who(await resolve({ sub: 'off-1' }))).toBe('refused: disabled');
    expect(who(await resolve({ sub: 'nina-1', auth_time: NOW - 3_600 }))).toBe('refused: stale_sign_in');
    expect(who(await resolve({ sub: 'nina-1', auth_time: NOW - 3_600 }, 7_200))).toBe('nina@clinic.example');
  });

  it('lets an administrator unlink an account, so a replaced organisation account can link again', async () => {
    const nina = (await getUser((await findUserByEmail('nina@clinic.example'))!.id))!;
    expect(nina.ssoLinkedAt).not.toBeNull();
    await updateUser(ctx, nina.id, { unlinkSso: true });
    expect((await getUser(nina.id))!.ssoLinkedAt).toBeNull();
    expect(who(await resolve({ sub: 'nina-2', email: 'nina@clinic.example' }))).toBe('nina@clinic.example');
    expect(who(await resolve({ sub: 'nina-1' }))).toBe('refused: no_email');
  });

  it('binds once when the same person’s first sign-in arrives twice at once', async () => {
    await createUser(ctx, { email: 'twice@clinic.example', name: 'Twice', role: 'receptionist', teamIds: [] });
    const claims = { sub: 'twice-1', email: 'twice@clinic.example', email_verified: true };
    const outcomes = await Promise.all([resolve(claims), resolve(claims)]);
    expect(outcomes.map(who)).toEqual(['twice@clinic.example', 'twice@clinic.example']);
  });
});
