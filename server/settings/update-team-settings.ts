import 'server-only';
import type { TeamSettings, TeamSettingsPatch } from '@/lib/settings/schema';
import type { AuditContext } from '../audit';
import { rollUpTeam } from '../reports/schedule';
import { hub } from '../waiting/hub';
import { getTeamSettings, saveTeamSettings } from './store';

/**
 * A manager's change to some or all of a clinic's settings: validated and audited by the store, pushed at once to
 * every open dashboard of the clinic through its poller, and, when the timezone moved, the
 * report roll-ups redone (they are kept by local day, and every day moved).
 */
export async function updateTeamSettings(
  audit: AuditContext,
  userId: string,
  teamId: string,
  input: TeamSettingsPatch,
): Promise<TeamSettings> {
  const before = await getTeamSettings(teamId);
  const settings = await saveTeamSettings(audit, userId, teamId, input);
  await hub().poller(teamId).settingsChanged();
  if (before.timezone !== settings.timezone) void rollUpTeam(teamId).catch(() => undefined);
  return settings;
}
