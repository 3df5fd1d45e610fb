import { percentileFromBins } from '../reports/bins';

// A clinic's recent history, reduced to what the expected-wait model needs. The server builds it
// from the same per-hour and consult-length rows the reports use (server/reports/sql.ts), and the
// bench builds it from simulated days, so both feed the model exactly the same shape.

/** How far back the history reaches. */
export const HISTORY_DAYS = 14;

/** One queue's history (or the whole clinic's) over the window. */
export interface QueueHistory {
  /** Finished consults measured. */
  consults: number;
  consultMedianMin: number | null;
  /** The mean sets the pace of a queue (service rate); the median is what people recognise. */
  consultMeanMin: number | null;
  /** Quartiles of consult length: the spread. */
  consultP25Min: number | null;
  consultP75Min: number | null;
  answered: number;
  abandoned: number;
  /**
   * Average callers answered at each clinic-local hour (0–23), over the days the clinic had calls
   * at that hour (so a window that began mid-day does not dilute the hours it missed).
   */
  answersPerHour: number[];
}

/** What the browser needs, with the waiting snapshot, to estimate every waiting caller's wait. */
export interface WaitBasis {
  teamId: string;
  timezone: string;
  computedAt: string;
  windowDays: number;
  /** Clinic-local days in the window that had any calls. */
  historyDays: number;
  /** Practitioners working now (available or in a consult); null when unknown. */
  practitioners: number | null;
  clinic: QueueHistory;
  queues: Record<string, QueueHistory>;
}

/** Calls of one queue, clinic-local day and hour (the shape of `call_hours`). */
export interface HourRow {
  queueId: string;
  localDate: string;
  hour: number;
  answered: number;
  abandoned: number;
}

/** Consults of one queue in one length bin (the shape of `consult_bins`; bin -1: not finished). */
export interface ConsultRow {
  queueId: string;
  bin: number;
  count: number;
  lengthSum: number;
}

function historyOf(hours: HourRow[], consults: ConsultRow[], daysAt: number[]): QueueHistory {
  const bins = new Map<number, number>();
  let count = 0;
  let lengthSum = 0;
  for (const c of consults) {
    if (c.bin < 0) continue;
    bins.set(c.bin, (bins.get(c.bin) ?? 0) + c.count);
    count += c.count;
    lengthSum += c.lengthSum;
  }
  const minutes = (p: number) => {
    const s = percentileFromBins(bins, p, null);
    return s === null ? null : s / 60;
  };
  const perHour = Array.from({ length: 24 }, () => 0);
  for (const h of hours) perHour[h.hour] = (perHour[h.hour] ?? 0) + h.answered;
  return {
    consults: count,
    consultMedianMin: minutes(0.5),
    consultMeanMin: count ? lengthSum / count / 60 : null,
    consultP25Min: minutes(0.25),
    consultP75Min: minutes(0.75),
    answered: hours.reduce((a, h) => a + h.answered, 0),
    abandoned: hours.reduce((a, h) => a + h.abandoned, 0),
    answersPerHour: perHour.map((n, hour) => (daysAt[hour] ? n / daysAt[hour] : 0)),
  };
}

export function buildWaitBasis(input: {
  teamId: string;
  timezone: string;
  now: number;
  hours: HourRow[];
  consults: ConsultRow[];
  practitioners: number | null;
  windowDays?: number;
}): WaitBasis {
  const days = new Set(input.hours.map((h) => h.localDate)).size;
  const dates = Array.from({ length: 24 }, () => new Set<string>());
  for (const h of input.hours) dates[h.hour]?.add(h.localDate);
  const daysAt = dates.map((d) => d.size);
  const queueIds = new Set([...input.hours.map((h) => h.queueId), ...input.consults.map((c) => c.queueId)]);
  const queues: Record<string, QueueHistory> = {};
  for (const id of queueIds) {
    if (!id) continue;
    queues[id] = historyOf(
      input.hours.filter((h) => h.queueId === id),
      input.consults.filter((c) => c.queueId === id),
      daysAt,
    );
  }
  return {
    teamId: input.teamId,
    timezone: input.timezone,
    computedAt: new Date(input.now).toISOString(),
    windowDays: input.windowDays ?? HISTORY_DAYS,
    historyDays: days,
    practitioners: input.practitioners,
    clinic: historyOf(input.hours, input.consults, daysAt),
    queues,
  };
}
