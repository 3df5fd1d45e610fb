import type { PractitionerRow, QueueReport } from './types';
import { WEEKDAYS } from './types';

export const SECTIONS = ['summary', 'hourly', 'heatmap', 'practitioners'] as const;
export type Section = (typeof SECTIONS)[number];

/** A practitioner row's name, or what the row stands for when it has none. */
export function practitionerLabel(p: Pick<PractitionerRow, 'name' | 'practitionerId'>): string {
  return p.name ?? (p.practitionerId ? 'Former staff' : 'Answered in Coviu, not admitted through Waitboard');
}

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
          ['Not settled (waiting or on hold when last seen)', s.unsettled],
          ...(report.waitingNow
            ? [
                ['Still waiting now', report.waitingNow.count],
                ['Longest waiting now (s)', secs(report.waitingNow.longestSeconds)],
              ]
            : []),
          ...(report.previous
            ? [
                [`Arrivals ${report.previous.from} to ${report.previous.to}`, report.previous.summary.arrivals],
                [`Answered ${report.previous.from} to ${report.previous.to}`, report.previous.summary.answered],
                [
                  `Median wait ${report.previous.from} to ${report.previous.to} (s)`,
                  secs(report.previous.summary.medianWaitSeconds),
                ],
              ]
            : []),
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
        header: ['Practitioner', 'Consults ended', 'Median length (s)', 'Total length (min)', 'Answered, end not seen'],
        rows: report.practitioners.map((p) => [
          practitionerLabel(p),
          p.consults,
          secs(p.medianSeconds),
          Math.round(p.totalSeconds / 60),
          p.unfinished,
        ]),
      };
  }
}
