import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { queryAudit } from '../audit';
import type { Staff } from '../auth/session';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db';
import { practitioners, teamMemberships, triage, users } from '../db/schema';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { loadTriage } from '../waiting/triage-store';
import { teamWaitBasis } from '../waiting/wait-basis';
import { addPractitioner, changePractitioner, setAvailability } from './manage';
import { availablePractitionerCount, loadRoster } from './roster';
import { seedRosters } from './seed';

const ctx = { ip: '203.0.113.8', userAgent: 'vitest', actor: { id: null, email: 'test' } };
const TEAM = 'team-roster';
const nothingNow = async () => ({ admissions: [], sessions: [] });
// The expected-wait cache lives in the process: each database's run reads it at its own hour.
let hoursAhead = 0;
const staffOf = (u: { id: string }, role: Staff['role']): Staff => ({
  id: u.id,
  email: 'x@example.com',
  name: 'X',
  role,
  teamIds: [TEAM],
  preferences: {},
});

describe.each(await testDatabases())('the practitioner roster on $name', ({ open }) => {
  let database: Database;
  let legacyId: string;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(ctx, { id: TEAM, name: 'Roster Clinic', timezone: 'Australia/Sydney' });
    // A practitioner account from before the roster: inserted directly, as an old install has it,
    // with an admission stored under the account's id.
    const [legacy] = await database.db
      .insert(users)
      .values({ email: 'old@example.com', name: 'Dr Old', role: 'practitioner' })
      .returning();
    legacyId = legacy!.id;
    await database.db.insert(teamMemberships).values({ userId: legacyId, teamId: TEAM });
    await database.db.insert(triage).values({
      rootCallId: 'root-legacy',
      teamId: TEAM,
      admission: { mode: 'route', practitionerId: legacyId, admittedAt: '', admittedBy: legacyId },
    });
  }, 60_000);
  afterAll(() => database.close());

  it('backfills staff practitioners on first boot, with their ids, so old admissions still name them', async () => {
    expect(await seedRosters([{ id: TEAM, simulated: ['Dr Sim One', 'Dr Sim Two', 'Dr Sim One'] }])).toBe(3);
    const rows = await database.db.select().from(practitioners).where(eq(practitioners.teamId, TEAM));
    expect(rows.map((r) => r.displayName).sort()).toEqual(['Dr Old', 'Dr Sim One', 'Dr Sim Two']);
    const old = rows.find((r) => r.displayName === 'Dr Old')!;
    expect(old).toMatchObject({ id: legacyId, userId: legacyId, active: true });
    expect(rows.find((r) => r.displayName === 'Dr Sim One')).toMatchObject({ userId: null, coviuName: 'Dr Sim One' });
    const stored = (await loadTriage(['root-legacy'])).get('root-legacy');
    expect(stored?.admission?.practitioner).toEqual({ id: legacyId, name: 'Dr Old', userId: legacyId });
  });

  it('leaves a roster managers already own alone on later boots', async () => {
    await database.db.delete(practitioners).where(and(eq(practitioners.teamId, TEAM), eq(practitioners.id, legacyId)));
    expect(await seedRosters([{ id: TEAM, simulated: ['Dr Sim Three'] }])).toBe(0);
    const names = (await database.db.select().from(practitioners).where(eq(practitioners.teamId, TEAM))).map(
      (r) => r.displayName,
    );
    expect(names).not.toContain('Dr Old');
    expect(names).not.toContain('Dr Sim Three');
  });

  it('puts a new practitioner account on its clinics’ rosters at once', async () => {
    const { user } = await createUser(ctx, {
      email: 'new@example.com',
      name: 'Dr New',
      role: 'practitioner',
      teamIds: [TEAM],
      password: 'a long enough password',
    });
    const roster = await loadRoster(TEAM, new Date(), nothingNow);
    expect(roster.practitioners.find((p) => p.name === 'Dr New')).toMatchObject({ id: user.id, userId: user.id });
  });

  it('adds, renames and deactivates with an audit entry each, and refuses a name twice', async () => {
    const row = await addPractitioner(ctx, TEAM, { name: 'Dr Added' });
    await expect(addPractitioner(ctx, TEAM, { name: 'dr added' })).rejects.toMatchObject({ status: 409 });
    await changePractitioner(ctx, TEAM, row.id, { name: 'Dr Renamed' });
    await changePractitioner(ctx, TEAM, row.id, { active: false });
    const roster = await loadRoster(TEAM, new Date(), nothingNow);
    expect(roster.practitioners.find((p) => p.id === row.id)).toMatchObject({ name: 'Dr Renamed', active: false });
    const entries = await queryAudit({ teamIds: [TEAM] });
    expect(entries.filter((e) => e.resourceId === row.id).map((e) => e.action)).toEqual(
      expect.arrayContaining(['practitioner.create', 'practitioner.update']),
    );
  });

  it('refuses a staff account that is not in the clinic, or already linked', async () => {
    const row = await addPractitioner(ctx, TEAM, { name: 'Dr Link' });
    const { user: outsider } = await createUser(ctx, {
      email: 'out@example.com',
      name: 'Out',
      role: 'receptionist',
      teamIds: [],
      password: 'a long enough password',
    });
    await expect(changePractitioner(ctx, TEAM, row.id, { userId: outsider.id })).rejects.toMatchObject({
      status: 400,
      code: 'unknown_user',
    });
    const dr = (await loadRoster(TEAM, new Date(), nothingNow)).practitioners.find((p) => p.name === 'Dr New')!;
    await expect(changePractitioner(ctx, TEAM, row.id, { userId: dr.userId! })).rejects.toMatchObject({
      status: 409,
      code: 'already_linked',
    });
  });

  it('lets a practitioner set only their own availability; reception sets anyone’s; counts follow', async () => {
    const roster = await loadRoster(TEAM, new Date(), nothingNow);
    const mine = roster.practitioners.find((p) => p.name === 'Dr New')!;
    const other = roster.practitioners.find((p) => p.name === 'Dr Sim One')!;
    const before = await availablePractitionerCount(TEAM, new Date(), nothingNow);
    const practitioner = staffOf({ id: mine.userId! }, 'practitioner');
    await expect(setAvailability(ctx, practitioner, TEAM, other.id, 'away')).rejects.toMatchObject({ status: 403 });
    await setAvailability(ctx, practitioner, TEAM, mine.id, 'off');
    const [desk] = await database.db
      .insert(users)
      .values({ email: 'desk@example.com', name: 'Desk', role: 'receptionist' })
      .returning();
    await setAvailability(ctx, staffOf(desk!, 'receptionist'), TEAM, other.id, 'away');
    expect(await availablePractitionerCount(TEAM, new Date(), nothingNow)).toBe(before - 2);
    const after = (await loadRoster(TEAM, new Date(), nothingNow)).practitioners.find((p) => p.id === other.id)!;
    expect(after.manual).toMatchObject({ state: 'away', setBy: 'Desk' });
    expect((await queryAudit({ action: 'practitioner.availability' })).length).toBe(2);
  });

  it('re-reads who is working for the expected waits within seconds of an availability change', async () => {
    const t0 = Date.now() + ++hoursAhead * 3_600_000;
    const working = (await teamWaitBasis(TEAM, t0))!.practitioners!;
    const roster = await loadRoster(TEAM, new Date(), nothingNow);
    const free = roster.practitioners.find((p) => p.active && p.manual?.state !== 'away' && p.manual?.state !== 'off')!;
    const [desk] = await database.db.select().from(users).where(eq(users.email, 'desk@example.com'));
    await setAvailability(ctx, staffOf(desk!, 'receptionist'), TEAM, free.id, 'off');
    // Eleven seconds on, well inside the five minutes the basis is otherwise kept. The change reaches
    // the clinic's poller as a signal (it may run on another instance): within moments, not at once.
    await expect
      .poll(async () => (await teamWaitBasis(TEAM, t0 + 11_000))!.practitioners, { timeout: 5_000 })
      .toBe(working - 1);
  });

  it('shows an open room admission as a derived consult and counts that practitioner out', async () => {
    const roster = await loadRoster(TEAM, new Date(), nothingNow);
    const free = roster.practitioners.find((p) => p.name === 'Dr Sim Two')!;
    expect(free.availability).toBe('available');
    const busy = async () => ({
      admissions: [{ practitionerId: free.id, mode: 'room' as const, callerName: 'Jo Sample' }],
      sessions: [],
    });
    const now = (await loadRoster(TEAM, new Date(), busy)).practitioners.find((p) => p.id === free.id)!;
    expect(now).toMatchObject({ availability: 'in_consult', derived: { label: 'room with J. S.' } });
    expect(now.manual.state).toBe('available');
    expect(await availablePractitionerCount(TEAM, new Date(), busy)).toBe(
      (await availablePractitionerCount(TEAM, new Date(), nothingNow)) - 1,
    );
    expect(await availablePractitionerCount('no-such-team', new Date(), nothingNow)).toBe(0);
  });
});
