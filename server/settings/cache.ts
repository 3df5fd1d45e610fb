import 'server-only';
import type { GlobalSettings, TeamSettings } from '@/lib/settings/schema';
import { RESYNC, signal } from '../cluster/bus';
import { listening } from '../cluster/listening';
import type { SignalOf } from '../cluster/signals';

// Settings are read on every poll and request and written rarely, so each process keeps them in
// memory. Every instance forgets an entry when any instance writes it (a 'settings' signal, its own
// included), and everything after its LISTEN connection was cut (signals may have been lost then).

interface SettingsCache {
  team: Map<string, TeamSettings>;
  /** Kept when forgotten: synchronous readers in the poll loop want the last value, not none. */
  last: Map<string, TeamSettings>;
  global: GlobalSettings | undefined;
  /** Raised by every forget: a read that began before one must not store what it read. */
  generation: number;
}

const holder = globalThis as unknown as { waitboardSettingsCache?: SettingsCache };
const cache = () =>
  (holder.waitboardSettingsCache ??= { team: new Map(), last: new Map(), global: undefined, generation: 0 });

/** Forgets one clinic's settings (a team id), the global ones (null) or all (undefined), here only. */
export function forgetHere(teamId?: string | null): void {
  const c = cache();
  c.generation += 1;
  if (teamId === undefined) {
    c.team.clear();
    c.global = undefined;
  } else if (teamId === null) c.global = undefined;
  else c.team.delete(teamId);
}

function listen(): Promise<boolean> {
  // First in line: another handler of the same signal (the hub pushing a clinic's new settings to
  // its dashboards) must find the entry already forgotten, whenever it was registered.
  return listening('settings', (events) => {
    events.prependListener('settings', (s: SignalOf<'settings'>) => forgetHere(s.teamId));
    events.prependListener(RESYNC, () => forgetHere());
  });
}

/**
 * Forgets at once here, then tells every instance (this one again, harmlessly). Called after the
 * write committed, so an instance that reads again on the signal reads the new values.
 */
export async function settingsChanged(teamId: string | null): Promise<void> {
  forgetHere(teamId);
  await signal({ kind: 'settings', teamId });
}

/**
 * The cached value, or `read()`'s, kept only while this process listens for changes: a value read
 * before LISTEN was up, or while it is down, could be overwritten elsewhere without a word.
 */
async function cached<T>(hit: () => T | undefined, read: () => Promise<T>, keep: (value: T) => void): Promise<T> {
  const live = await listen();
  const found = live ? hit() : undefined;
  if (found !== undefined) return found;
  const generation = cache().generation;
  const value = await read();
  if (live && cache().generation === generation) keep(value);
  return value;
}

export function cachedTeam(teamId: string, read: () => Promise<TeamSettings>): Promise<TeamSettings> {
  const readAndNote = async () => {
    const value = await read();
    cache().last.set(teamId, value);
    return value;
  };
  return cached(
    () => cache().team.get(teamId),
    readAndNote,
    (value) => void cache().team.set(teamId, value),
  );
}

export function cachedGlobal(read: () => Promise<GlobalSettings>): Promise<GlobalSettings> {
  return cached(
    () => cache().global,
    read,
    (value) => void (cache().global = value),
  );
}

/** The last settings read for a clinic, for synchronous checks in the poll loop; null before any. */
export function lastTeamSettings(teamId: string): TeamSettings | null {
  return cache().team.get(teamId) ?? cache().last.get(teamId) ?? null;
}

/** Tests start from a clean slate. */
export function clearSettingsCache(): void {
  holder.waitboardSettingsCache = undefined;
}
