import type { QueueReport } from './types';
import { WEEKDAYS } from './types';

export const SECTIONS = ['summary', 'hourly', 'heatmap', 'practitioners'] as const;
export type Section = (typeof SECTIONS)[number];

const secs = (v: number | null) => (v === null ? '' : Math.round(v));

/** Each chart's figures as a table: what the page shows under "table view" and what CSV exports. */
export function sectionTable(report: QueueReport, section: Section): { header: string[]; rows: (string | number)[][] } {
  switch (section) {
    case 'summary': {
      const s = report.summary;
      return {
        header: ['Measure', 'Value'],
        rows: [
          ['Arrivals', s.arrivals],
          ['of which transferred in', s.transferredIn],
          ['Answered', s.answered],
          ['Abandoned (left before being answered)', s.abandoned],
          ['Transferred out before an answer', s.transferredOut],
          [`Answered within ${report.targetMinutes} min`, s.withinTarget],
          [
            'Share answered within target (of answered + abandoned)',
            s.withinTargetShare === null ? '' : `${Math.round(s.withinTargetShare * 100)}%`,
          ],
          ['Median wait to answer (s)', secs(s.medianWaitSeconds)],
          ['90th percentile wait (s)', secs(s.p90WaitSeconds)],
          ['Longest wait to answer (s)', secs(s.maxWaitSeconds)],
          ['Median wait before abandoning (s)', secs(s.abandonedMedianWaitSeconds)],
          ['Longest wait before abandoning (s)', secs(s.abandonedMaxWaitSeconds)],
        ],
      };
    }
    case 'hourly':
      return {
        header: ['Hour', 'Arrivals', 'Answered'],
        rows: report.hourly.map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.arrivals, h.answered]),
      };
    case 'heatmap':
      return {
        header: ['Weekday', 'Hour', 'Arrivals', 'Answered', 'Average wait (s)'],
        rows: report.heatmap.map((c) => [
          WEEKDAYS[c.weekday - 1]!,
          `${String(c.hour).padStart(2, '0')}:00`,
          c.arrivals,
          c.answered,
          secs(c.avgWaitSeconds),
        ]),
      };
    case 'practitioners':
      return {
        header: ['Practitioner', 'Consults', 'Median length (s)', 'Total (min)'],
        rows: report.practitioners.map((p) => [
          p.name ?? (p.practitionerId ? 'Former staff' : 'Answered in Coviu, not admitted through Waitboard'),
          p.consults,
          secs(p.medianSeconds),
          Math.round(p.totalSeconds / 60),
        ]),
      };
  }
}
