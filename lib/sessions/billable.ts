import type { SessionSummary } from '@/lib/sessions/types';
import { intersect, totalMs, union, type Interval } from './intervals';

type BillableBasis = 'overlap' | 'host' | 'call';
type Rounding = 'up' | 'nearest' | 'down';

/**
 * How billable minutes are counted. The default, the time a practitioner and a patient were both in
 * the call rounded up to whole minutes, matches how time-based telehealth items are usually claimed;
 * clinics choose their own in settings.
 */
export interface BillableRule {
  basis: BillableBasis;
  /** Minutes per billing unit: 1 counts minutes, 5 or 15 count blocks. */
  unitMinutes: number;
  rounding: Rounding;
}

export const DEFAULT_BILLABLE_RULE: BillableRule = { basis: 'overlap', unitMinutes: 1, rounding: 'up' };

export const BASIS_LABELS: Record<BillableBasis, string> = {
  overlap: 'time a host and a guest were both in the call',
  host: 'time a host was in the call',
  call: 'the whole call, from its actual start to its actual end',
};

export interface BillableResult {
  minutes: number;
  /** The presence the rule counted, for the working shown beside the figure. */
  intervals: Interval[];
  countedMs: number;
  rule: BillableRule;
  /** The working in words, e.g. "14 min 25 s … rounded up to 1-minute units = 15 min". */
  working: string;
}

function presence(summary: SessionSummary, hosts: boolean): Interval[] {
  return summary.participants
    .filter((p) => (p.role === 'HOST') === hosts && p.entryTime && p.exitTime)
    .map((p) => ({ from: Date.parse(p.entryTime!), to: Date.parse(p.exitTime!) }));
}

function counted(summary: SessionSummary, basis: BillableBasis): Interval[] {
  if (basis === 'host') return union(presence(summary, true));
  if (basis === 'overlap') return intersect(presence(summary, true), presence(summary, false));
  const start =
    summary.actualStartTime ??
    summary.participants
      .map((p) => p.entryTime)
      .filter(Boolean)
      .sort()[0];
  if (!start || !summary.actualEndTime) return [];
  return union([{ from: Date.parse(start), to: Date.parse(summary.actualEndTime) }]);
}

export function formatSpan(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return `${rest} s`;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** Rounds a span to the rule's units; exact multiples stay as they are. */
export function roundToUnits(ms: number, rule: BillableRule): number {
  const unitMs = rule.unitMinutes * 60_000;
  const units = ms / unitMs;
  const whole =
    rule.rounding === 'up'
      ? Math.ceil(units - 1e-9)
      : rule.rounding === 'down'
        ? Math.floor(units + 1e-9)
        : Math.round(units);
  return Math.max(0, whole) * rule.unitMinutes;
}

export function billableMinutes(summary: SessionSummary, rule: BillableRule = DEFAULT_BILLABLE_RULE): BillableResult {
  const intervals = counted(summary, rule.basis);
  const countedMs = totalMs(intervals);
  const minutes = roundToUnits(countedMs, rule);
  const units =
    rule.unitMinutes === 1
      ? 'whole minutes'
      : `whole ${rule.unitMinutes}-minute units (${minutes / rule.unitMinutes} × ${rule.unitMinutes})`;
  const how = rule.rounding === 'nearest' ? 'rounded to the nearest' : `rounded ${rule.rounding} to`;
  const working =
    countedMs === 0
      ? `Nothing billable: there was no ${BASIS_LABELS[rule.basis]}.`
      : `${formatSpan(countedMs)} of ${BASIS_LABELS[rule.basis]}` +
        (intervals.length > 1 ? ` (${intervals.length} stretches)` : '') +
        `, ${how} ${units} = ${minutes} min`;
  return { minutes, intervals, countedMs, rule, working };
}
