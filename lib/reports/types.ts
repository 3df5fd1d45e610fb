interface ReportSummary {
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

export interface PractitionerRow {
  practitionerId: string | null;
  name: string | null;
  consults: number;
  medianSeconds: number | null;
  totalSeconds: number;
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
  /** How the figures were read: roll-ups up to this local date, calls after it. */
  rolledUntil: string | null;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
