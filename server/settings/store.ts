import 'server-only';
import { eq } from 'drizzle-orm';
import {
  globalSettingsInput,
  teamSettingsInput,
  type GlobalSettings,
  type TeamSettings,
  type TeamSettingsPatch,
} from '@/lib/settings/schema';
import { audited, type AuditContext } from '../audit';
import { db } from '../db';
import { appSettings, teams, teamSettings } from '../db/schema';
import { fieldProblems, HttpError } from '../errors';
import { signal } from '../cluster/bus';
import { log } from '../log';
import { cachedGlobal, cachedTeam, clearSettingsCache, forgetHere, lastTeamSettings, settingsChanged } from './cache';
import { changedSettings, type Changes } from './changes';
import { globalDefaults, teamDefaults } from './defaults';

const GLOBAL_KEY = 'global';

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

export function getTeamSettings(teamId: string): Promise<TeamSettings> {
  return cachedTeam(teamId, async () => {
    const database = await db();
    const [team] = await database.select({ timezone: teams.timezone }).from(teams).where(eq(teams.id, teamId));
    if (!team) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
    const [row] = await database.select().from(teamSettings).where(eq(teamSettings.teamId, teamId));
    return effective(teamDefaults(team.timezone), row?.values, teamSettingsInput, 'team');
  });
}

/** The last settings read for a team, for synchronous checks in the poll loop; null before the first read. */
export const cachedTeamSettings = lastTeamSettings;

/** Thrown inside the transaction when a save would change nothing: rolled back, so nothing is audited. */
class Unchanged extends Error {}

/**
 * Changes some of a clinic's settings (one section of the settings page) and leaves the rest as they
 * are, so two managers saving different sections at once do not undo each other: the clinic's row is
 * locked while the stored values are re-read, merged and written. The merged whole is checked again
 * for rules that span sections, and nothing is written or audited when nothing changed.
 */
export async function saveTeamSettings(
  ctx: AuditContext,
  userId: string,
  teamId: string,
  patch: TeamSettingsPatch,
): Promise<TeamSettings> {
  await getTeamSettings(teamId); // 404 for an unknown clinic, before any lock is taken
  try {
    await audited(
      ctx,
      (changes: Changes) => ({ action: 'settings.team', resourceType: 'team', resourceId: teamId, teamId, changes }),
      async (tx) => {
        const [team] = await tx.select().from(teams).where(eq(teams.id, teamId)).for('update');
        const [row] = await tx.select().from(teamSettings).where(eq(teamSettings.teamId, teamId));
        const before = effective(teamDefaults(team!.timezone), row?.values, teamSettingsInput, 'team');
        const next = checked({ ...before, ...patch });
        const changes = changedSettings(before, next);
        if (Object.keys(changes).length === 0) throw new Unchanged();
        const { timezone, ...rest } = next;
        if (timezone !== before.timezone)
          await tx.update(teams).set({ timezone, updatedAt: new Date() }).where(eq(teams.id, teamId));
        const { timezone: defaultZone, ...defaults } = teamDefaults(timezone);
        void defaultZone;
        const values = overrides(rest, defaults);
        await tx
          .insert(teamSettings)
          .values({ teamId, values, updatedBy: userId })
          .onConflictDoUpdate({
            target: teamSettings.teamId,
            set: { values, updatedBy: userId, updatedAt: new Date() },
          });
        return changes;
      },
    );
  } catch (error) {
    if (!(error instanceof Unchanged)) throw error;
    return getTeamSettings(teamId);
  }
  await settingsChanged(teamId);
  return getTeamSettings(teamId);
}

function checked(merged: TeamSettings): TeamSettings {
  const parsed = teamSettingsInput.safeParse(merged);
  if (parsed.success) return parsed.data;
  const fields = fieldProblems(parsed.error);
  throw new HttpError(400, 'invalid_settings', fields.map((f) => f.message).join(' '), fields);
}

export function getGlobalSettings(): Promise<GlobalSettings> {
  return cachedGlobal(async () => {
    const [row] = await (await db()).select().from(appSettings).where(eq(appSettings.key, GLOBAL_KEY));
    return effective(globalDefaults(), row?.values, globalSettingsInput, 'global');
  });
}

export async function saveGlobalSettings(
  ctx: AuditContext,
  userId: string,
  next: GlobalSettings,
): Promise<GlobalSettings> {
  const before = await getGlobalSettings();
  await audited(
    ctx,
    {
      action: 'settings.global',
      resourceType: 'settings',
      resourceId: GLOBAL_KEY,
      changes: changedSettings(before, next),
    },
    async (tx) => {
      const values = overrides(next, globalDefaults());
      await tx
        .insert(appSettings)
        .values({ key: GLOBAL_KEY, values, updatedBy: userId })
        .onConflictDoUpdate({ target: appSettings.key, set: { values, updatedBy: userId, updatedAt: new Date() } });
    },
  );
  await settingsChanged(null);
  // A shorter idle sign-out applies to open streams too: every instance re-checks them now.
  if (next.idleTimeoutMinutes !== before.idleTimeoutMinutes) await signal({ kind: 'access', userId: null });
  return getGlobalSettings();
}

/** The clinic changed elsewhere (its timezone on the admin page): every instance reads its settings afresh. */
export function teamSettingsChanged(teamId: string): Promise<void> {
  return settingsChanged(teamId);
}

/**
 * Forgets a clinic's settings in this process only, sending nothing: for handlers of the settings
 * signal itself, which would otherwise answer each signal with another, for ever.
 */
export const forgetTeamSettings = (teamId: string): void => forgetHere(teamId);

/** Tests start from a clean slate. */
export const forgetCachedSettings = clearSettingsCache;
