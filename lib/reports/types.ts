export interface ReportSummary {
  arrivals: number;
  transferredIn: number;
  answered: number;
  abandoned: number;
  transferredOut: number;
  /** Answered within the clinic's answer target. */
  withinTarget: number;
  /** withinTarget ÷ (answered + abandoned): callers who left count as missing the target. */
  withinTargetShare: number | null;
  medianWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  maxWaitSeconds: number | null;
  abandonedMedianWaitSeconds: number | null;
  abandonedMaxWaitSeconds: number | null;
  /** Arrivals with no outcome yet (waiting or on hold when last seen): arrivals less the three outcomes. */
  unsettled: number;
}

export interface HourRow {
  hour: number;
  arrivals: number;
  answered: number;
}

export interface HeatCell {
  /** 1 = Monday … 7 = Sunday, in the clinic's calendar. */
  weekday: number;
  hour: number;
  arrivals: number;
  answered: number;
  avgWaitSeconds: number | null;
}

/** How a consult was put down to a practitioner (server/reports/sql.ts, SEEN_BY). */
export interface PractitionerRow {
  practitionerId: string | null;
  name: string | null;
  /** Consults that ended, so have a length: the median, shortest and total are of these. */
  consults: number;
  /** Answered callers whose end Waitboard has not seen (still in the consult, or it ended unseen). */
  unfinished: number;
  medianSeconds: number | null;
  /** At most the shortest consult (the lower edge of its 5-second to 5-minute bin). */
  shortestSeconds: number | null;
  totalSeconds: number;
}

/** Callers in the queue at the moment the report was read (from the live waiting area). */
export interface WaitingNow {
  count: number;
  /** Since first arrival (across transfers), as the console shows it. */
  longestSeconds: number | null;
  /** When Coviu last answered the poll these come from. */
  asOf: string;
}

/** The clinic hours the charts cover: start hours `first`…`last`, both included. */
export interface ChartHours {
  first: number;
  last: number;
  /** Where they come from: the clinic's settings, or Waitboard's default day (no hours are set). */
  source: 'settings' | 'default';
}

export interface QueueReport {
  teamId: string;
  queueId: string | null;
  from: string;
  to: string;
  timezone: string;
  targetMinutes: number;
  summary: ReportSummary;
  hourly: HourRow[];
  heatmap: HeatCell[];
  practitioners: PractitionerRow[];
  /** The same figures for the days just before, as many as this range has. */
  previous: { from: string; to: string; summary: ReportSummary } | null;
  /** Null when the range does not include today, or the waiting area has not been read yet. */
  waitingNow: WaitingNow | null;
  hours: ChartHours;
  /** How the figures were read: roll-ups up to this local date, calls after it. */
  rolledUntil: string | null;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
