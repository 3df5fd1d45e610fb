'use client';
import { useMemo } from 'react';
import type { DashboardTeam } from '@/lib/core/team';
import { type ConsoleFilters, filtersActive, inScope, matchesFilters } from '@/lib/waiting/console-filters';
import { nameMatcher } from '@/lib/waiting/name-search';
import { mergeTeamThresholds } from '@/lib/waiting/team-thresholds';
import { type ThresholdSettings, waitLevel } from '@/lib/waiting/thresholds';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { useLevelNow } from './use-level-now';
import { useRecentCallers } from './use-recent-callers';
import type { useWaitingStreams } from './use-waiting-stream';

type Feeds = ReturnType<typeof useWaitingStreams>;

interface Options {
  teams: DashboardTeam[];
  feeds: Feeds;
  filters: ConsoleFilters;
  search: string;
  privacy: boolean;
  me: string;
  fallbackThresholds: ThresholdSettings;
  fallbackJoinLimit: number;
}

/**
 * What the console shows: every caller of the person's teams (`total`), those in the chosen team
 * and queue (`scoped`: alerts and levels follow them), and those passing every filter and the
 * search too (`shown`, most urgent first).
 */
export function useConsoleView(o: Options) {
  const { feeds, filters, search, privacy, me } = o;
  const all = useMemo(() => feeds.flatMap((f) => f.snapshot?.callers ?? []), [feeds]);
  const scoped = useMemo(() => all.filter((c) => inScope(c, filters)), [all, filters]);
  const settingsByTeam = useMemo(() => new Map(feeds.map((f) => [f.teamId, f.snapshot?.settings ?? null])), [feeds]);
  const thresholds = useMemo(
    () => mergeTeamThresholds(o.teams, settingsByTeam, all, o.fallbackThresholds),
    [o.teams, settingsByTeam, all, o.fallbackThresholds],
  );
  const known = [...settingsByTeam.values()].filter((x) => x !== null);
  // Several clinics on one screen: the earliest not-joined alert of theirs, and sound if any wants it.
  const admitJoinLimitMinutes = known.length
    ? Math.min(...known.map((x) => x.admitJoinLimitMinutes))
    : o.fallbackJoinLimit;
  const soundByDefault = known.length ? known.some((x) => x.alertSound) : true;
  const now = useLevelNow(scoped, thresholds, admitJoinLimitMinutes * 60_000);
  // Gone callers stay (dimmed) for two minutes after they went, then leave the list.
  const recent = useRecentCallers(scoped);
  const named = useMemo(() => nameMatcher(search, privacy), [search, privacy]);
  const shown = useMemo(() => {
    const passing = recent.filter(
      (c) => matchesFilters(c, filters, me, (x) => waitLevel(x, now, thresholds)) && named(c.name),
    );
    return sortByUrgency(passing, now, thresholds);
  }, [recent, filters, me, now, thresholds, named]);
  const scopedFeeds = useMemo(
    () => (filters.teamId ? feeds.filter((f) => f.teamId === filters.teamId) : feeds),
    [feeds, filters.teamId],
  );
  return {
    total: all.length,
    scoped,
    shown,
    filtering: filtersActive(filters) || search.trim() !== '',
    scopedFeeds,
    settingsByTeam,
    thresholds,
    now,
    admitJoinLimitMinutes,
    soundByDefault,
  };
}
