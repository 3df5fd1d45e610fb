import { waitText } from '@/lib/reports/format';
import { hourLabel, hoursShown, hoursSpan } from '@/lib/reports/hours';
import { type ChartHours, type HeatCell, WEEKDAYS } from '@/lib/reports/types';
import { ScrollRegion } from '@/components/ui/scroll-region';

/** Which hours the charts cover and why, so an empty column reads as a quiet hour, not missing data. */
export function HoursNote({ span, timezone }: { span: ChartHours; timezone: string }) {
  return (
    <p className="text-body-sm text-fg-muted" data-testid="chart-hours">
      Hours shown: {hoursSpan(span)} {timezone} time —{' '}
      {span.source === 'settings'
        ? 'the clinic’s opening hours'
        : 'Waitboard’s default clinic day, as this clinic has no opening hours set'}
      , stretched to any hour that had callers.
    </p>
  );
}

const LEVELS = [
  { at: 1.5, className: 'bg-wait-critical-bg text-wait-critical', mark: '!' },
  { at: 1, className: 'bg-wait-warn-bg text-wait-warn', mark: '▲' },
  { at: 0, className: 'bg-wait-ok-bg text-wait-ok', mark: '' },
];

/**
 * Average wait to answer by weekday and hour of arrival, over the clinic's whole day. Each cell
 * shows its wait as m:ss and a mark past the target; the shade only repeats them.
 */
export function WaitHeatmap({
  cells,
  span,
  targetMinutes,
}: {
  cells: HeatCell[];
  span: ChartHours;
  targetMinutes: number;
}) {
  const hours = hoursShown(span);
  const at = (d: number, h: number) => cells.find((c) => c.weekday === d && c.hour === h);
  const level = (seconds: number) => LEVELS.find((l) => seconds >= l.at * targetMinutes * 60)!;
  return (
    <ScrollRegion label="Average wait by weekday and hour (scrolls sideways)">
      <table
        className="border-separate border-spacing-0.5 text-body-sm tabular-nums"
        aria-label={`Average wait to answer (minutes:seconds) by weekday and hour of arrival; target ${targetMinutes} min`}
      >
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="p-1 text-left align-bottom text-label text-fg-muted">
              Weekday
            </th>
            <th scope="colgroup" colSpan={hours.length} className="p-1 text-left text-label text-fg-muted">
              Hour of arrival (clinic time), average wait to answer in m:ss
            </th>
          </tr>
          <tr>
            {hours.map((h) => (
              <th key={h} scope="col" className="p-1 font-normal text-fg-muted">
                <span aria-hidden="true">{String(h).padStart(2, '0')}</span>
                <span className="sr-only">{hourLabel(h)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((name, i) => (
            <tr key={name}>
              <th scope="row" className="p-1 text-left font-medium">
                {name}
              </th>
              {hours.map((h) => {
                const c = at(i + 1, h);
                const seconds = c?.avgWaitSeconds ?? null;
                const l = seconds === null ? null : level(seconds);
                return (
                  <td
                    key={h}
                    className={`h-8 min-w-11 rounded-sm p-1 text-center ${l ? l.className : 'bg-surface-2 text-fg-subtle'}`}
                    title={c ? `${c.arrivals} arrivals, ${c.answered} answered` : 'no callers'}
                  >
                    {c ? (seconds === null ? '—' : waitText(seconds)) : ''}
                    {l?.mark && <span aria-hidden="true">{l.mark}</span>}
                    {!c && <span className="sr-only">no callers</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-body-sm text-fg-muted">
        Green: answered within the {targetMinutes}-minute target on average; amber and “▲”: over it; red and “!”: 1.5×
        the target or more; “—”: callers came but none was answered; blank: no callers.
      </p>
    </ScrollRegion>
  );
}
