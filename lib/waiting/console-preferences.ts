import { z } from 'zod';
import { type ConsoleFilters, consoleFiltersSchema } from './console-filters';

/** When the person last had each team's list on screen (team id → ISO time, the server's clock). */
const lastLookedSchema = z.record(z.string(), z.iso.datetime({ offset: true }));

export interface ConsolePreferences {
  privacyMode: boolean;
  filters: ConsoleFilters | null;
  /** Team id → ms; a team never looked at before counts from `now` (nothing is New on a first visit). */
  lastLooked: Record<string, number>;
}

/** The console's part of a person's stored preferences; anything unreadable counts as not set. */
export function readConsolePreferences(
  stored: Record<string, unknown>,
  teamIds: readonly string[],
  now: number = Date.now(),
): ConsolePreferences {
  const filters = consoleFiltersSchema.safeParse(stored.consoleFilters);
  const looked = lastLookedSchema.safeParse(stored.lastLooked);
  const lastLooked: Record<string, number> = {};
  for (const teamId of teamIds) {
    const at = looked.success ? looked.data[teamId] : undefined;
    lastLooked[teamId] = at ? Date.parse(at) : now;
  }
  return { privacyMode: stored.privacyMode === true, filters: filters.success ? filters.data : null, lastLooked };
}
