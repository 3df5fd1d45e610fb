// Plays sandbox clinic days in-process, minute by minute, and samples every waiting caller's place
// in their queue as the console would list it. Deterministic from the seed and start instant.
import { binOf } from '@/lib/reports/bins';
import { clinicParts } from '@/lib/core/clinic-time';
import { clinicHour, type Position, queuePositions } from '@/lib/waiting/expected-wait';
import { DEFAULT_THRESHOLD_SETTINGS } from '@/lib/waiting/thresholds';
import { type DashboardCaller, EMPTY_TRIAGE } from '@/lib/waiting/types';
import type { ConsultRow, HourRow } from '@/lib/waiting/wait-basis';
import { SandboxContext } from '../sandbox/context';
import { DEFAULT_OPTIONS } from '../sandbox/options';
import { isTerminal } from '../sandbox/sim/call-actions';
import type { SimCall } from '../sandbox/store';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A finished call, reduced to what history and the bench's scoring need. */
export interface CallRecord {
  callId: string;
  teamId: string;
  queueId: string;
  joinedAt: number;
  answeredAt: number | null;
  finishedAt: number | null;
  leftAt: number | null;
  transferred: boolean;
  localDate: string;
  hour: number;
}

export interface Sample {
  callId: string;
  teamId: string;
  at: number;
  position: Position;
}

export interface SimTeamInfo {
  id: string;
  timezone: string;
  practitioners: number;
}

export interface PlayedDays {
  teams: SimTeamInfo[];
  calls: Map<string, CallRecord>;
  samples: Sample[];
  evalStart: number;
  end: number;
}

function statusOf(c: SimCall): DashboardCaller['status'] {
  if (c.answeredAt === null) return 'waiting';
  return c.onHoldAt === null ? 'being-seen' : 'on-hold';
}

function asCaller(c: SimCall): DashboardCaller {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    callId: c.callId,
    rootCallId: c.callId,
    teamId: c.teamId,
    queueId: c.waitingQueueId,
    status: statusOf(c),
    callType: c.callType,
    name: null,
    joinedAt: iso(c.joinedAt)!,
    arrivedAt: iso(c.joinedAt)!,
    answeredAt: iso(c.answeredAt),
    onHoldAt: iso(c.onHoldAt),
    endedAt: null,
    triage: EMPTY_TRIAGE,
  };
}

function record(c: SimCall, timezone: string): CallRecord {
  return {
    callId: c.callId,
    teamId: c.teamId,
    queueId: c.waitingQueueId,
    joinedAt: c.joinedAt,
    answeredAt: c.answeredAt,
    finishedAt: c.finishedAt,
    leftAt: c.leftQueueAt,
    transferred: c.transferredAt !== null,
    localDate: clinicParts(c.joinedAt, timezone).date,
    hour: clinicHour(c.joinedAt, timezone),
  };
}

/** Plays `historyDays` then `evalDays`; samples each waiting caller every minute of the evaluation days. */
export function playDays(
  seed: number,
  startAt: number,
  historyDays: number,
  evalDays: number,
  arrivalRate = 1,
): PlayedDays {
  const ctx = new SandboxContext({ ...DEFAULT_OPTIONS, seed, timeScale: 0, simulate: true, startAt, arrivalRate });
  const teams = ctx.store.teams.map((t) => ({
    id: t.id,
    timezone: t.timezone,
    practitioners: t.queues.reduce((a, q) => a + q.practitioners.length, 0),
  }));
  const tz = new Map(teams.map((t) => [t.id, t.timezone]));
  const calls = new Map<string, CallRecord>();
  const samples: Sample[] = [];
  const evalStart = startAt + historyDays * DAY;
  const end = evalStart + evalDays * DAY;
  for (let now = startAt + MINUTE; now <= end; now += MINUTE) {
    ctx.clock.advance(MINUTE);
    ctx.scheduler.runDue(now);
    if (now >= evalStart) {
      const live = [...ctx.store.calls.values()].filter((c) => c.managed && !isTerminal(c));
      for (const team of teams) {
        const callers = live.filter((c) => c.teamId === team.id).map(asCaller);
        for (const [callId, position] of queuePositions(callers, now, DEFAULT_THRESHOLD_SETTINGS))
          samples.push({ callId, teamId: team.id, at: now, position });
      }
    }
    // Coviu forgets finished calls; keep their records and let the simulation's scans stay short.
    if (now % (60 * MINUTE) === 0) {
      for (const [id, c] of ctx.store.calls) {
        if (c.cleanedAt === null) continue;
        calls.set(id, record(c, tz.get(c.teamId)!));
        ctx.store.calls.delete(id);
      }
    }
  }
  for (const c of ctx.store.calls.values()) calls.set(c.callId, record(c, tz.get(c.teamId)!));
  return { teams, calls, samples, evalStart, end };
}

/** The history rows (as server/reports/sql.ts would give) of a team's calls that joined in [from, until). */
export function historyRows(
  calls: CallRecord[],
  teamId: string,
  from: number,
  until: number,
): { hours: HourRow[]; consults: ConsultRow[] } {
  const hours = new Map<string, HourRow>();
  const consults = new Map<string, ConsultRow>();
  for (const c of calls) {
    if (c.teamId !== teamId || c.joinedAt < from || c.joinedAt >= until) continue;
    const key = `${c.queueId}|${c.localDate}|${c.hour}`;
    const h = hours.get(key) ?? { queueId: c.queueId, localDate: c.localDate, hour: c.hour, answered: 0, abandoned: 0 };
    // Only what was known by `until`: a call answered later was still waiting then.
    if (c.answeredAt !== null && c.answeredAt < until) h.answered++;
    if (c.leftAt !== null && c.leftAt < until) h.abandoned++;
    hours.set(key, h);
    if (c.answeredAt !== null && c.finishedAt !== null && c.finishedAt < until) {
      const seconds = (c.finishedAt - c.answeredAt) / 1000;
      const bin = binOf(seconds);
      const row = consults.get(`${c.queueId}|${bin}`) ?? { queueId: c.queueId, bin, count: 0, lengthSum: 0 };
      row.count++;
      row.lengthSum += seconds;
      consults.set(`${c.queueId}|${bin}`, row);
    }
  }
  return { hours: [...hours.values()], consults: [...consults.values()] };
}
