import 'server-only';
import { dashboardSettings } from '@/lib/settings/schema';
import { getTeamSettings } from '../settings/store';
import type { TeamPollSettings } from './poller-deps';

/** A clinic's settings as its poller uses them: what screens show, and how often to read Coviu. */
export async function teamPollSettings(teamId: string): Promise<TeamPollSettings> {
  const s = await getTeamSettings(teamId);
  return {
    dashboard: dashboardSettings(s),
    activeIntervalMs: s.pollActiveSeconds * 1000,
    idleIntervalMs: s.pollIdleSeconds * 1000,
  };
}
