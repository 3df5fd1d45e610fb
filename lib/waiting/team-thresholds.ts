import type { DashboardSettings } from '../settings/schema';
import { DEFAULT_THRESHOLDS, type ThresholdSettings, type Thresholds } from './thresholds';
import type { DashboardCaller } from './types';

/**
 * One dashboard may show several clinics, each with its own thresholds. Queue ids are unique across
 * clinics, so every queue gets its clinic's full thresholds (its defaults overlaid with the queue's
 * own), and the level of any caller can be read from one table.
 */
export function mergeTeamThresholds(
  teams: { id: string; queues: { id: string }[] }[],
  settingsByTeam: Map<string, DashboardSettings | null>,
  callers: DashboardCaller[],
  fallback: ThresholdSettings,
): ThresholdSettings {
  const queues: ThresholdSettings['queues'] = { ...fallback.queues };
  for (const team of teams) {
    const own = settingsByTeam.get(team.id)?.thresholds;
    if (!own) continue;
    const ids = new Set(team.queues.map((q) => q.id));
    for (const c of callers) {
      if (c.teamId !== team.id) continue;
      if (c.queueId) ids.add(c.queueId);
      if (c.triage.reassignedQueueId) ids.add(c.triage.reassignedQueueId);
    }
    for (const id of ids) {
      const full: Thresholds = { ...own.defaults, ...own.queues[id] } as Thresholds;
      queues[id] = full;
    }
  }
  const first = teams.map((t) => settingsByTeam.get(t.id)?.thresholds).find(Boolean);
  return { defaults: first?.defaults ?? fallback.defaults ?? DEFAULT_THRESHOLDS, queues };
}
