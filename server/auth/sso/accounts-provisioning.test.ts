import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../../audit';
import type { Database } from '../../db/client';
import { setDatabaseForTests } from '../../db/index';
import { practitioners, ssoIdentities, teams } from '../../db/schema';
import { captureLogs } from '../../log';
import { createUser, getUser, updateUser } from '../../staff/users';
import { resolveSsoAccount } from './accounts';
import type { RoleMapping } from './role-mapping';
import { accessChanged } from '../stream-recheck';

// Open streams re-check when access is lost; here, only whether they are told to.
vi.mock('../stream-recheck', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  accessChanged: vi.fn(async () => undefined),
}));

const ctx = { ip: '203.0.113.7', userAgent: 'vitest', actor: { id: null, email: null } };
const ISS = 'https://login.example/tenant/v2.0';
const NOW = 1_800_000_000;
const NORTH = '11111111-1111-4111-8111-111111111111';
const SOUTH = '22222222-2222-4222-8222-222222222222';
const MISSING = '99999999-9999-4999-8999-999999999999';
const roleMapping: RoleMapping = {
  claim: 'roles',
  map: {
    'Waitboard.Reception': { role: 'receptionist', teamIds: [NORTH] },
    'Waitboard.Practitioner': { role: 'practitioner', teamIds: [SOUTH] },
    'Waitboard.Manager': { role: 'manager', teamIds: [NORTH, SOUTH] },
    'Waitboard.Lost': { role: 'receptionist', teamIds: [MISSING, NORTH] },
  },
};
const resolve = (claims: Record<string, unknown>, mapping: RoleMapping | null = roleMapping) =>
  resolveSsoAccount(
    { iss: ISS, auth_time: NOW - 30, ...claims } as never,
    ctx,
    { maxAgeSeconds: 0, roleMapping: mapping },
    NOW,
  );
async function signedIn(claims: Record<string, unknown>, mapping?: RoleMapping | null) {
  const outcome = await resolve(claims, mapping);
  if (!('user' in outcome)) throw new Error(`expected a sign-in, got ${outcome.refused}`);
  return (await getUser(outcome.user.id))!;
}
const refusal = async (claims: Record<string, unknown>, mapping?: RoleMapping | null) => {
  const outcome = await resolve(claims, mapping);
  return 'refused' in outcome ? outcome.refused : 'signed in';
};

const entries = async (action: string, resourceId: string | null) =>
  (await queryAudit({ action })).filter((e) => e.resourceId === resourceId);

describe.each(await testDatabases())('accounts from the provider’s role claim on $name', ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await database.db.insert(teams).values([
      { id: NORTH, name: 'North' },
      { id: SOUTH, name: 'South' },
    ]);
    await createUser(ctx, { email: 'admin.made@clinic.example', name: 'Made', role: 'receptionist', teamIds: [NORTH] });
  }, 60_000);
  afterAll(() => database.close());

  it('stays "only people an administrator added" without the mapping', async () => {
    expect(await refusal({ sub: 'p-0', email: 'new@clinic.example', roles: ['Waitboard.Manager'] }, null)).toBe(
      'unknown_account',
    );
    expect(await refusal({ sub: 'p-0', email: 'new@clinic.example', roles: ['Someone.Else'] })).toBe('unknown_account');
    expect(
      await refusal({ sub: 'p-0', email: 'new@clinic.example', email_verified: false, roles: 'Waitboard.Manager' }),
    ).toBe('email_unverified');
    expect(await queryAudit({ action: 'user.create' })).toHaveLength(1);
  });

  it('makes the account at the first sign-in, password-less, bound and audited as the person themself', async () => {
    const claims = { sub: 'prac-1', email: 'Pat@Clinic.example', name: 'Pat Lee', roles: ['Waitboard.Practitioner'] };
    const pat = await signedIn(claims);
    expect(pat).toMatchObject({
      email: 'pat@clinic.example',
      name: 'Pat Lee',
      role: 'practitioner',
      teamIds: [SOUTH],
      hasPassword: false,
    });
    const [identity] = await database.db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, pat.id));
    expect(identity).toMatchObject({ issuer: ISS, subject: 'prac-1', provisioned: true });
    const roster = await database.db.select().from(practitioners).where(eq(practitioners.userId, pat.id));
    expect(roster.map((r) => [r.teamId, r.displayName])).toEqual([[SOUTH, 'Pat Lee']]);
    const [created] = await entries('user.create', pat.id);
    expect(created).toMatchObject({
      actorId: pat.id,
      ip: '203.0.113.7',
      changes: { source: 'single sign-on', role: 'practitioner', teamIds: [SOUTH], issuer: ISS },
    });
    // The next sign-in with the same claim changes nothing and writes no entry.
    expect((await signedIn(claims)).id).toBe(pat.id);
    expect(await entries('user.update', pat.id)).toHaveLength(0);
  });

  it('follows the claim at later sign-ins: a new role and clinics are applied and audited', async () => {
    const first = await signedIn({ sub: 'rec-1', email: 'rita@clinic.example', roles: 'Waitboard.Reception' });
    expect(first).toMatchObject({ role: 'receptionist', teamIds: [NORTH], name: 'rita@clinic.example' });
    const version = async (roles: string[]) => {
      const outcome = await resolve({ sub: 'rec-1', roles });
      return 'user' in outcome ? outcome.user.sessionVersion : -1;
    };
    vi.mocked(accessChanged).mockClear();
    expect(await version(['Waitboard.Reception', 'Waitboard.Manager'])).toBe(1);
    const promoted = (await getUser(first.id))!;
    expect(promoted.role).toBe('manager');
    expect([...promoted.teamIds].sort()).toEqual([NORTH, SOUTH]);
    // The same claims again change nothing; a lower role ends the person's other sessions and streams.
    expect(await version(['Waitboard.Manager'])).toBe(1);
    expect(await version(['Waitboard.Reception'])).toBe(2);
    expect(await getUser(first.id)).toMatchObject({ role: 'receptionist', teamIds: [NORTH] });
    expect(vi.mocked(accessChanged).mock.calls).toEqual([[first.id], [first.id]]);
    const updates = await entries('user.update', first.id);
    expect(updates.map((u) => u.changes).reverse()).toEqual([
      { source: 'single sign-on', role: 'manager', teamIds: [NORTH, SOUTH] },
      { source: 'single sign-on', role: 'receptionist', teamIds: [NORTH] },
    ]);
    expect(updates.every((u) => u.actorId === first.id)).toBe(true);
  });

  it('refuses a made account whose claim no longer maps to a role, and a disabled one', async () => {
    const gone = await signedIn({ sub: 'gone-1', email: 'gone@clinic.example', roles: ['Waitboard.Reception'] });
    expect(await refusal({ sub: 'gone-1', roles: ['Unrelated.Role'] })).toBe('no_role');
    expect(await refusal({ sub: 'gone-1' })).toBe('no_role');
    expect((await getUser(gone.id))!.role).toBe('receptionist');
    await updateUser(ctx, gone.id, { disabled: true });
    expect(await refusal({ sub: 'gone-1', roles: ['Waitboard.Reception'] })).toBe('disabled');
  });

  it('never changes an account an administrator made, whatever the claim says', async () => {
    const made = await signedIn({ sub: 'made-1', email: 'admin.made@clinic.example', roles: ['Waitboard.Manager'] });
    expect(made).toMatchObject({ role: 'receptionist', teamIds: [NORTH], hasPassword: true });
    expect(await refusal({ sub: 'made-1', roles: [] })).toBe('signed in');
    const [identity] = await database.db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, made.id));
    expect(identity!.provisioned).toBe(false);
    expect(await entries('user.update', made.id)).toHaveLength(0);
  });

  it('leaves out a clinic the map names that does not exist, logging its id and not the person', async () => {
    const logs = captureLogs('warn');
    try {
      const lou = await signedIn({ sub: 'lou-1', email: 'lou@clinic.example', roles: ['Waitboard.Lost'] });
      expect(lou).toMatchObject({ role: 'receptionist', teamIds: [NORTH] });
    } finally {
      logs.restore();
    }
    const warnings = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings).toEqual([expect.objectContaining({ level: 'warn', teamId: MISSING })]);
    expect(logs.lines.join('\n')).not.toContain('lou@clinic.example');
  });

  it('makes one account when the same person’s first sign-in arrives twice at once', async () => {
    const claims = { sub: 'twice-1', email: 'twice@clinic.example', roles: ['Waitboard.Reception'] };
    const outcomes = await Promise.all([resolve(claims), resolve(claims)]);
    const ids = outcomes.map((o) => ('user' in o ? o.user.id : o.refused));
    expect(ids[0]).toBe(ids[1]);
    expect(await entries('user.create', ids[0]!)).toHaveLength(1);
  });
});
