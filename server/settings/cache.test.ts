import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamSettings } from '@/lib/settings/schema';
import { bus, closeBus, RESYNC, signal } from '../cluster/bus';
import type { Database } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { cachedGlobal, cachedTeam, clearSettingsCache, forgetHere, lastTeamSettings } from './cache';

// The embedded database's bus (in memory): the cache needs no tables, only to know it listens.
const embedded = { kind: 'pglite', db: null, close: async () => undefined } as unknown as Database;

/** A read that counts how often the database was asked, returning a new value each time. */
function counting() {
  let reads = 0;
  const read = async () => ({ escalationRepeatMinutes: ++reads }) as unknown as TeamSettings;
  return { read, reads: () => reads };
}

const settled = () => new Promise((r) => setTimeout(r, 20));

describe('the settings cache on the in-memory bus', () => {
  beforeAll(() => {
    setDatabaseForTests(embedded);
    clearSettingsCache();
  });
  afterAll(() => closeBus());

  it('keeps a clinic’s settings until a settings signal for that clinic, from any sender', async () => {
    const a = counting();
    const b = counting();
    await cachedTeam('a', a.read);
    await cachedTeam('a', a.read);
    await cachedTeam('b', b.read);
    expect(a.reads()).toBe(1);
    await signal({ kind: 'settings', teamId: 'a' });
    await settled();
    expect(await cachedTeam('a', a.read)).toEqual({ escalationRepeatMinutes: 2 });
    await cachedTeam('b', b.read);
    expect(b.reads()).toBe(1); // another clinic's signal leaves b alone
  });

  it('forgets the global settings on a null signal, and everything on a resync', async () => {
    let reads = 0;
    const read = async () => ({ idleTimeoutMinutes: ++reads });
    await cachedGlobal(read);
    const team = counting();
    await cachedTeam('t', team.read);
    await signal({ kind: 'settings', teamId: null });
    await settled();
    await cachedGlobal(read);
    await cachedTeam('t', team.read);
    expect([reads, team.reads()]).toEqual([2, 1]);
    (await bus()).events.emit(RESYNC);
    await cachedGlobal(read);
    await cachedTeam('t', team.read);
    expect([reads, team.reads()]).toEqual([3, 2]);
  });

  it('forgets before any other handler of the same signal runs, even one registered earlier', async () => {
    const t = counting();
    await cachedTeam('h', t.read);
    const b = await bus();
    const seen: unknown[] = [];
    const push = () => void cachedTeam('h', t.read).then((s) => seen.push(s));
    b.events.prependListener('settings', push); // as a hub would, pushing the new values out
    await signal({ kind: 'settings', teamId: 'h' });
    await settled();
    b.events.off('settings', push);
    expect(seen).toEqual([{ escalationRepeatMinutes: 2 }]);
  });

  it('does not keep a read that was under way when the entry was forgotten', async () => {
    let release = (_: TeamSettings) => undefined as void;
    const slow = () => new Promise<TeamSettings>((r) => (release = r));
    const reading = cachedTeam('r', slow);
    await settled();
    forgetHere('r'); // another instance wrote while the old row was on its way
    release({ escalationRepeatMinutes: 1 } as unknown as TeamSettings);
    await reading;
    const fresh = counting();
    expect(await cachedTeam('r', fresh.read)).toEqual({ escalationRepeatMinutes: 1 });
    expect(fresh.reads()).toBe(1);
  });

  it('still answers the poll loop’s synchronous question after a forget, with the last value read', async () => {
    const t = counting();
    await cachedTeam('s', t.read);
    forgetHere('s');
    expect(lastTeamSettings('s')).toEqual({ escalationRepeatMinutes: 1 });
    expect(lastTeamSettings('never-read')).toBeNull();
  });
});
