// Scores the expected wait and the naive estimate on played days (see expected-wait.bench.ts).
import { estimateWait, naiveWait } from '@/lib/waiting/expected-wait';
import { buildWaitBasis, type WaitBasis } from '@/lib/waiting/wait-basis';
import { type CallRecord, DAY, historyRows, MINUTE, type PlayedDays } from './expected-wait-sim';

const HOUR = 60 * MINUTE;

export interface Score {
  days: number;
  /** Caller-minutes of callers who were then answered. */
  scored: number;
  withheld: number;
  maeOurs: number;
  maeNaive: number;
  insideOurs: number;
  insideNaive: number;
  width: number;
}

/** The basis as the server would hold it: refreshed every hour here (every few minutes in the app). */
function basisMaker(played: PlayedDays) {
  const byTeam = new Map<string, CallRecord[]>();
  for (const r of played.calls.values()) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r]);
  const bases = new Map<string, WaitBasis>();
  return (teamId: string, at: number, days: number): WaitBasis => {
    const hour = Math.floor(at / HOUR) * HOUR;
    const key = `${teamId}|${days}|${hour}`;
    let basis = bases.get(key);
    if (!basis) {
      const team = played.teams.find((t) => t.id === teamId)!;
      const rows = historyRows(byTeam.get(teamId) ?? [], teamId, hour - days * DAY, hour);
      basis = buildWaitBasis({
        teamId,
        timezone: team.timezone,
        now: hour,
        practitioners: team.practitioners,
        windowDays: days,
        ...rows,
      });
      bases.set(key, basis);
    }
    return basis;
  };
}

/** `roster` false: as if the practitioners working were unknown (answers per hour only). */
export function score(played: PlayedDays, days: number, roster = true): Score {
  const basisAt = basisMaker(played);
  const pairs: { naive: number; actual: number }[] = [];
  let n = 0;
  let withheld = 0;
  let errOurs = 0;
  let errNaive = 0;
  let insideOurs = 0;
  let width = 0;
  for (const sample of played.samples) {
    const call = played.calls.get(sample.callId);
    if (!call || call.answeredAt === null || call.answeredAt < sample.at) continue;
    const actual = (call.answeredAt - sample.at) / MINUTE;
    const basis = basisAt(sample.teamId, sample.at, days);
    // The naive estimate is always given the practitioners; ours, without a roster, is not.
    const ours = estimateWait(roster ? basis : { ...basis, practitioners: null }, sample.position, sample.at);
    const naive = naiveWait(basis, sample.position);
    n++;
    if (!ours.range || ours.expectedMin === null || naive === null) {
      withheld++;
      continue;
    }
    errOurs += Math.abs(ours.expectedMin - actual);
    errNaive += Math.abs(naive - actual);
    if (actual >= ours.range.low && actual <= ours.range.high) insideOurs++;
    width += ours.range.high - ours.range.low;
    pairs.push({ naive, actual });
  }
  const scored = pairs.length;
  const avgWidth = scored ? width / scored : 0;
  // The naive estimate has no range: give it a ± band of our average width, centred on it.
  const insideNaive = pairs.filter((p) => Math.abs(p.actual - p.naive) <= avgWidth / 2).length;
  return {
    days,
    scored: n,
    withheld,
    maeOurs: errOurs / scored,
    maeNaive: errNaive / scored,
    insideOurs: insideOurs / scored,
    insideNaive: insideNaive / scored,
    width: avgWidth,
  };
}
