import { formatClinicTime } from '@/lib/core/clinic-time';
import { type Better, changeOf, percentText, previousName, waitText } from '@/lib/reports/format';
import type { QueueReport, ReportSummary } from '@/lib/reports/types';

interface Figure {
  label: string;
  value: string;
  /** A line under the figure: its comparison, or what it is of. */
  note?: { text: string; verdict: 'better' | 'worse' | null };
}

const VERDICT = { better: 'text-wait-ok', worse: 'text-wait-critical' } as const;

/**
 * The figures a manager looks for first, each with how it moved against the period before (in
 * words; the tone only repeats them), and who is still waiting when the range includes today.
 */
export function HeadlineFigures({ report }: { report: QueueReport }) {
  const s = report.summary;
  const before = report.previous?.summary ?? null;
  const period = report.previous ? previousName(report.previous.from, report.previous.to) : '';
  const vs = (pick: (x: ReportSummary) => number | null, better: Better, share = false) =>
    before ? changeOf(pick(s), pick(before), period, better, share) : undefined;
  const abandonedShare = (x: ReportSummary) => (x.arrivals ? x.abandoned / x.arrivals : null);
  const now = report.waitingNow;
  const figures: Figure[] = [
    ...(now
      ? [
          {
            label: 'Still waiting now',
            value: String(now.count),
            note: {
              text: `${now.longestSeconds === null ? 'nobody waiting' : `longest ${waitText(now.longestSeconds)}`} · at ${formatClinicTime(now.asOf, report.timezone).slice(0, 5)}`,
              verdict: null,
            },
          },
        ]
      : []),
    { label: 'Arrivals', value: String(s.arrivals), note: vs((x) => x.arrivals, 'neither') },
    {
      label: `Answered within ${report.targetMinutes} min`,
      value: percentText(s.withinTargetShare),
      note: vs((x) => x.withinTargetShare, 'higher', true),
    },
    { label: 'Median wait', value: waitText(s.medianWaitSeconds), note: vs((x) => x.medianWaitSeconds, 'lower') },
    {
      label: 'Abandoned',
      value: `${s.abandoned} (${percentText(abandonedShare(s))})`,
      note: vs(abandonedShare, 'lower', true),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 md:grid-cols-3 xl:grid-cols-5" data-testid="report-headline">
      {figures.map((f) => (
        <div key={f.label} className="rounded-md border border-line bg-surface-2 p-3" data-measure={f.label}>
          <dt className="text-body-sm text-fg-muted">{f.label}</dt>
          <dd>
            <span data-value className="block text-2xl font-semibold tabular-nums">
              {f.value}
            </span>
            {f.note && (
              <span data-change className="block text-body-sm text-fg-muted">
                {f.note.text}
                {f.note.verdict && (
                  <span className={`font-semibold ${VERDICT[f.note.verdict]}`}>
                    {f.note.verdict === 'better' ? ' (better)' : ' (worse)'}
                  </span>
                )}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The rest of the summary, smaller: every figure the CSV has, in the same formats. */
export function SummaryDetails({ report }: { report: QueueReport }) {
  const s = report.summary;
  const rows: [string, string][] = [
    ['Answered', String(s.answered)],
    ['90th percentile wait', waitText(s.p90WaitSeconds)],
    ['Longest wait', waitText(s.maxWaitSeconds)],
    [
      'Waited before abandoning',
      s.abandonedMedianWaitSeconds === null
        ? '—'
        : `${waitText(s.abandonedMedianWaitSeconds)} median, ${waitText(s.abandonedMaxWaitSeconds)} longest`,
    ],
    ['Transferred in / out', `${s.transferredIn} / ${s.transferredOut}`],
    ['Not settled when last seen', String(s.unsettled)],
  ];
  return (
    <dl
      className="grid grid-cols-1 gap-x-6 gap-y-1 text-body sm:grid-cols-2 lg:grid-cols-3"
      data-testid="report-summary"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-3 border-b border-line py-1" data-measure={label}>
          <dt className="text-fg-muted">{label}</dt>
          <dd className="font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
