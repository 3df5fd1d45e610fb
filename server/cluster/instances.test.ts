// Two Waitboard instances on one PostgreSQL, in one test process: instance A is this process's
// modules (its database handle, its bus, its caches and streams); instance B is a second database
// handle on the same database with a bus of its own, and does what another instance's code would.
import { eq } from 'drizzle-orm';
import type { Session } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, postgresUnavailable, throwawayPostgres } from '@/test/helpers/databases';
import { recheckForDisplay, recheckForUser } from '../auth/stream-recheck';
import { sessionChecker } from '../auth/stream-session';
import { type Database, openDatabase } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { appSettings, displayTokens, teamSettings, users } from '../db/schema';
import { createDisplayToken, revokeDisplayToken, verifyDisplayToken } from '../display/tokens';
import {
  forgetCachedSettings,
  getGlobalSettings,
  getTeamSettings,
  saveGlobalSettings,
  saveTeamSettings,
} from '../settings/store';
import { createTeam } from '../staff/teams';
import { createUser, updateUser } from '../staff/users';
import { type Bus, bus, closeBus, RESYNC } from './bus';
import { listenToPostgres } from './postgres-bus';
import type { ClusterSignal } from './signals';

const ctx = { ip: null, userAgent: 'vitest', actor: { id: null, email: 'admin' } };

async function until(what: string | (() => string), ok: () => boolean | Promise<boolean>, ms = 5_000): Promise<number> {
  const started = Date.now();
  while (!(await ok())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

const unavailable = await postgresUnavailable();
if (unavailable) console.log(`Cluster tests skipped: no PostgreSQL (${unavailable}). Set TEST_DATABASE_URL.`);

describe.skipIf(unavailable !== null)('two instances on one PostgreSQL', () => {
  let fresh: Awaited<ReturnType<typeof throwawayPostgres>>;
  let a: Database;
  let b: Database;
  let busB: Bus;
  const seenByB: ClusterSignal[] = [];
  let userId: string;
  let resyncsOfA = 0;
  const named = (name: string) => {
    const url = new URL(fresh.url);
    url.searchParams.set('application_name', name);
    return url.toString();
  };

  beforeAll(async () => {
    fresh = await throwawayPostgres();
    a = await openDatabase({ url: named('instance_a') });
    b = await openDatabase({ url: named('instance_b') });
    setDatabaseForTests(a);
    forgetCachedSettings();
    busB = await listenToPostgres(b);
    (await bus()).events.on(RESYNC, () => (resyncsOfA += 1));
    for (const kind of ['settings', 'access', 'display-revoked'])
      busB.events.on(kind, (s: ClusterSignal) => seenByB.push(s));
    await createTeam(ctx, { id: 'clinic', name: 'Clinic', timezone: 'Australia/Sydney' });
    const made = await createUser(ctx, {
      email: 'r@example.com',
      name: 'R',
      role: 'receptionist',
      teamIds: ['clinic'],
      password: 'a long enough password',
    });
    userId = made.user.id;
  }, 60_000);

  afterAll(async () => {
    await closeBus();
    await busB.close();
    await a.close();
    await b.close();
    await fresh.drop();
  });

  it('a clinic’s settings written on B are read afresh on A once B signals', async () => {
    expect((await getTeamSettings('clinic')).escalationRepeatMinutes).not.toBe(7);
    await b.db.insert(teamSettings).values({ teamId: 'clinic', values: { escalationRepeatMinutes: 7 } });
    // A keeps what it read: without the signal it would never know.
    expect((await getTeamSettings('clinic')).escalationRepeatMinutes).not.toBe(7);
    await busB.send({ kind: 'settings', teamId: 'clinic' });
    const ms = await until(
      'A reads the new value',
      async () => (await getTeamSettings('clinic')).escalationRepeatMinutes === 7,
    );
    console.log(`settings change seen by the other instance after ${ms} ms`);
  });

  it('A’s own writes reach B: a clinic’s settings, and the global ones with the idle policy', async () => {
    seenByB.length = 0;
    await saveTeamSettings(ctx, userId, 'clinic', { escalationRepeatMinutes: 9 });
    await saveGlobalSettings(ctx, userId, { idleTimeoutMinutes: 5 });
    await until('B hears three signals', () => seenByB.length >= 3);
    expect(seenByB).toEqual([
      { kind: 'settings', teamId: 'clinic' },
      { kind: 'settings', teamId: null },
      { kind: 'access', userId: null },
    ]);
  });

  it('an access signal from B runs the checks of that person’s streams on A, and theirs only', async () => {
    const now = Date.now();
    const session: Session = {
      user: { id: userId, email: 'r@example.com', name: 'R', role: 'receptionist' },
      signedInAt: now,
      lastActiveAt: now,
      sessionVersion: 0,
      mustChangePassword: false,
      expires: new Date(now + 3_600_000).toISOString(),
    };
    const stillSignedIn = sessionChecker(session, () => Date.now(), 'clinic');
    // Runs (the signal arrived) apart from results (the check finished), so a failure says which.
    let runs = 0;
    const results: unknown[] = [];
    const run = () => {
      runs += 1;
      void stillSignedIn().then(
        (ok) => results.push(ok),
        (error: Error) => results.push(error.message),
      );
    };
    const stop = recheckForUser(userId)(run);
    const seen = () => `runs ${runs}, results ${JSON.stringify(results)}, resyncs of A ${resyncsOfA}`;
    await bus(); // A listens before B speaks
    await busB.send({ kind: 'access', userId: crypto.randomUUID() });
    await busB.send({ kind: 'access', userId });
    await until(
      () => `the check ran (${seen()})`,
      () => results.length === 1,
    );
    expect(results).toEqual([true]);
    // B disables the account, then says so: A's stream finds it gone.
    await b.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));
    await busB.send({ kind: 'access', userId });
    await until(
      () => `the check ran again (${seen()})`,
      () => results.length === 2,
    );
    expect(results).toEqual([true, false]);
    stop();
    await b.db.update(users).set({ disabledAt: null }).where(eq(users.id, userId));
  });

  it('A’s access changes reach B once committed: a lost clinic, a disabled account', async () => {
    seenByB.length = 0;
    await updateUser(ctx, userId, { teamIds: [] });
    await updateUser(ctx, userId, { name: 'Renamed' }); // nobody loses anything: no signal
    await updateUser(ctx, userId, { disabled: true });
    await until('B hears two', () => seenByB.length >= 2);
    expect(seenByB).toEqual([
      { kind: 'access', userId },
      { kind: 'access', userId },
    ]);
  });

  it('a display link revoked on one instance stops its stream’s check on the other', async () => {
    const { id, token } = await createDisplayToken(ctx, userId, 'clinic', { label: 'TV', showNames: 'initials' });
    const results: boolean[] = [];
    const stop = recheckForDisplay(id)(() => void verifyDisplayToken(token).then((g) => results.push(g !== null)));
    await b.db.update(displayTokens).set({ revokedAt: new Date() }).where(eq(displayTokens.id, id));
    await busB.send({ kind: 'display-revoked', teamId: 'clinic', tokenId: id });
    await until('the display check ran', () => results.length === 1);
    expect(results).toEqual([false]);
    stop();
    seenByB.length = 0;
    const second = await createDisplayToken(ctx, userId, 'clinic', { label: 'TV 2', showNames: 'initials' });
    await revokeDisplayToken(ctx, 'clinic', second.id);
    await until('B hears the revocation', () => seenByB.length >= 1);
    expect(seenByB).toEqual([{ kind: 'display-revoked', teamId: 'clinic', tokenId: second.id }]);
  });

  it('A’s LISTEN connection cut: it reconnects, says resync, and its caches are read afresh', async () => {
    const before = await getGlobalSettings();
    await b.db
      .insert(appSettings)
      .values({ key: 'global', values: { idleTimeoutMinutes: 42 } })
      .onConflictDoUpdate({ target: appSettings.key, set: { values: { idleTimeoutMinutes: 42 } } });
    // Written without a signal, as if its NOTIFY were lost while A's listener was down.
    expect((await getGlobalSettings()).idleTimeoutMinutes).toBe(before.idleTimeoutMinutes);
    const busA = await bus();
    let resyncs = 0;
    busA.events.on(RESYNC, () => (resyncs += 1));
    const killed = await asAdmin(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'instance_a'
          AND (query ILIKE 'LISTEN%' OR query = 'SELECT pg_backend_pid()')`,
      [fresh.name],
    );
    expect(killed).toHaveLength(1); // A's listener, not its pool nor B's
    const ms = await until('A resyncs', () => resyncs === 1, 15_000);
    console.log(`listener back and resync emitted ${ms} ms after its backend was terminated`);
    expect((await getGlobalSettings()).idleTimeoutMinutes).toBe(42);
    // And it hears signals again.
    seenByB.length = 0;
    await b.db
      .insert(teamSettings)
      .values({ teamId: 'clinic', values: {} })
      .onConflictDoUpdate({
        target: teamSettings.teamId,
        set: { values: { escalationRepeatMinutes: 11 } },
      });
    await busB.send({ kind: 'settings', teamId: 'clinic' });
    await until(
      'A reads after the reconnect',
      async () => (await getTeamSettings('clinic')).escalationRepeatMinutes === 11,
    );
  }, 30_000);
});
