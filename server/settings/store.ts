import 'server-only';
import { eq } from 'drizzle-orm';
import { globalSettingsInput, teamSettingsInput, type GlobalSettings, type TeamSettings } from '@/lib/settings/schema';
import { audited, type AuditContext } from '../audit';
import { db } from '../db';
import { appSettings, teams, teamSettings } from '../db/schema';
import { HttpError } from '../errors';
import { log } from '../log';
import { globalDefaults, teamDefaults } from './defaults';

const GLOBAL_KEY = 'global';

// Read on every poll and request; written rarely. One process keeps them in memory and forgets
// them when it writes (several instances would need LISTEN/NOTIFY, as the pollers do).
const cache = globalThis as unknown as {
  waitboardTeamSettings?: Map<string, TeamSettings>;
  waitboardGlobalSettings?: GlobalSettings;
};
const teamCache = () => (cache.waitboardTeamSettings ??= new Map());

function effective<T>(
  defaults: T,
  stored: Record<string, unknown> | undefined,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  what: string,
): T {
  const merged = { ...defaults, ...stored };
  const parsed = schema.safeParse(merged);
  if (parsed.success) return parsed.data as T;
  log.warn('stored settings no longer valid; using defaults', { what });
  return defaults;
}

/** The values that differ from the defaults: only these are stored. */
function overrides<T extends object>(values: T, defaults: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k as keyof T])),
  );
}

function changed<T extends object>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    Object.keys(after)
      .filter((k) => JSON.stringify(before[k as keyof T]) !== JSON.stringify(after[k as keyof T]))
      .map((k) => [k, { from: before[k as keyof T], to: after[k as keyof T] }]),
  );
}

export async function getTeamSettings(teamId: string): Promise<TeamSettings> {
  const hit = teamCache().get(teamId);
  if (hit) return hit;
  const database = await db();
  const [team] = await database.select({ timezone: teams.timezone }).from(teams).where(eq(teams.id, teamId));
  if (!team) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  const [row] = await database.select().from(teamSettings).where(eq(teamSettings.teamId, teamId));
  const settings = effective(teamDefaults(team.timezone), row?.values, teamSettingsInput, 'team');
  teamCache().set(teamId, settings);
  return settings;
}

/** The last settings read for a team, for synchronous checks in the poll loop; null before the first read. */
export function cachedTeamSettings(teamId: string): TeamSettings | null {
  return teamCache().get(teamId) ?? null;
}

export async function saveTeamSettings(
  ctx: AuditContext,
  userId: string,
  teamId: string,
  next: TeamSettings,
): Promise<TeamSettings> {
  const before = await getTeamSettings(teamId);
  const diff = changed(before, next);
  const { timezone, ...rest } = next;
  const { timezone: defaultZone, ...defaults } = teamDefaults(timezone);
  void defaultZone;
  await audited(
    ctx,
    { action: 'settings.team', resourceType: 'team', resourceId: teamId, teamId, changes: diff },
    async (tx) => {
      if (timezone !== before.timezone)
        await tx.update(teams).set({ timezone, updatedAt: new Date() }).where(eq(teams.id, teamId));
      const values = overrides(rest, defaults);
      await tx
        .insert(teamSettings)
        .values({ teamId, values, updatedBy: userId })
        .onConflictDoUpdate({ target: teamSettings.teamId, set: { values, updatedBy: userId, updatedAt: new Date() } });
    },
  );
  teamCache().delete(teamId);
  return getTeamSettings(teamId);
}

export async function getGlobalSettings(): Promise<GlobalSettings> {
  if (cache.waitboardGlobalSettings) return cache.waitboardGlobalSettings;
  const [row] = await (await db()).select().from(appSettings).where(eq(appSettings.key, GLOBAL_KEY));
  cache.waitboardGlobalSettings = effective(globalDefaults(), row?.values, globalSettingsInput, 'global');
  return cache.waitboardGlobalSettings;
}

export async function saveGlobalSettings(
  ctx: AuditContext,
  userId: string,
  next: GlobalSettings,
): Promise<GlobalSettings> {
  const before = await getGlobalSettings();
  await audited(
    ctx,
    { action: 'settings.global', resourceType: 'settings', resourceId: GLOBAL_KEY, changes: changed(before, next) },
    async (tx) => {
      const values = overrides(next, globalDefaults());
      await tx
        .insert(appSettings)
        .values({ key: GLOBAL_KEY, values, updatedBy: userId })
        .onConflictDoUpdate({ target: appSettings.key, set: { values, updatedBy: userId, updatedAt: new Date() } });
    },
  );
  cache.waitboardGlobalSettings = undefined;
  return getGlobalSettings();
}

/** The clinic changed elsewhere (its timezone on the admin page): read its settings afresh. */
export function forgetTeamSettings(teamId: string): void {
  teamCache().delete(teamId);
}

/** Tests start from a clean slate. */
export function forgetCachedSettings(): void {
  cache.waitboardTeamSettings = new Map();
  cache.waitboardGlobalSettings = undefined;
}
