import { hourLabel, hoursShown } from '@/lib/reports/hours';
import type { ChartHours, HourRow } from '@/lib/reports/types';
import { ScrollRegion } from '@/components/ui/scroll-region';

// In viewBox units: the chart is drawn 900 wide and scales to its box (scrolling on phones).
const WIDTH = 900;
const H = 200;
const LEFT = 56;
const TOP = 10;

/** Tick values for a count axis: 0 and three or four round steps up to at least `max`. */
function ticks(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw);
  return Array.from({ length: Math.ceil(Math.max(1, max) / step) + 1 }, (_, i) => i * step);
}

/**
 * Arrivals and answers by the clinic's hour, side by side, over the clinic's whole day. The two
 * series differ by fill pattern and are named in the legend, so colour is not the only way to
 * tell them apart; both axes say what they count.
 */
export function HourlyChart({ hours, span, timezone }: { hours: HourRow[]; span: ChartHours; timezone: string }) {
  const shown = hoursShown(span).map((hour) => hours[hour] ?? { hour, arrivals: 0, answered: 0 });
  const axis = ticks(Math.max(...shown.map((h) => Math.max(h.arrivals, h.answered))));
  const top = axis.at(-1)!;
  const width = WIDTH;
  const slot = (WIDTH - LEFT - 8) / shown.length;
  const bar = Math.min(28, slot * 0.4);
  const y = (v: number) => TOP + H - (v / top) * H;
  const busiest = [...shown].sort((a, b) => b.arrivals - a.arrivals)[0];
  return (
    <figure>
      <figcaption className="mb-1 flex flex-wrap gap-x-4 text-body text-fg-muted">
        <span>
          <svg width="14" height="10" aria-hidden="true" className="mr-1 inline">
            <rect width="14" height="10" className="fill-brand" />
          </svg>
          Arrivals
        </span>
        <span>
          <svg width="14" height="10" aria-hidden="true" className="mr-1 inline">
            <rect width="14" height="10" fill="url(#hatch)" className="stroke-wait-warn" />
          </svg>
          Answered
        </span>
        {busiest && busiest.arrivals > 0 && (
          <span>
            Busiest hour: {hourLabel(busiest.hour)} ({busiest.arrivals} arrivals)
          </span>
        )}
      </figcaption>
      <ScrollRegion label="Callers per hour chart (scrolls sideways)">
        <svg
          viewBox={`0 0 ${width} ${TOP + H + 48}`}
          className="h-auto w-full min-w-[40rem]"
          role="img"
          aria-label={`Callers per hour, ${hourLabel(span.first)} to ${hourLabel(span.last + 1)} ${timezone} time: arrivals and answered; the busiest hour had ${busiest?.arrivals ?? 0} arrivals. Use "Show table" for every figure.`}
        >
          <defs>
            <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" className="fill-wait-warn-bg" />
              <line x1="0" y1="0" x2="0" y2="4" strokeWidth="2" className="stroke-wait-warn" />
            </pattern>
          </defs>
          {axis.map((v) => (
            <g key={v}>
              <line x1={LEFT - 4} x2={width} y1={y(v)} y2={y(v)} className="stroke-line" />
              <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="fill-fg-muted text-[12px]">
                {v}
              </text>
            </g>
          ))}
          <text
            transform={`translate(14 ${TOP + H / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-fg-muted text-[12px]"
          >
            Callers per hour
          </text>
          {shown.map((h, i) => {
            const x = LEFT + 4 + i * slot + (slot - 2 * bar - 2) / 2;
            return (
              <g key={h.hour}>
                <rect x={x} y={y(h.arrivals)} width={bar} height={TOP + H - y(h.arrivals)} className="fill-brand">
                  <title>{`${hourLabel(h.hour)}: ${h.arrivals} arrivals`}</title>
                </rect>
                <rect
                  x={x + bar + 2}
                  y={y(h.answered)}
                  width={bar}
                  height={TOP + H - y(h.answered)}
                  fill="url(#hatch)"
                  className="stroke-wait-warn"
                >
                  <title>{`${hourLabel(h.hour)}: ${h.answered} answered`}</title>
                </rect>
                <text x={x + bar + 1} y={TOP + H + 16} textAnchor="middle" className="fill-fg-muted text-[12px]">
                  {String(h.hour).padStart(2, '0')}
                </text>
              </g>
            );
          })}
          <line x1={LEFT} x2={width} y1={TOP + H} y2={TOP + H} className="stroke-line-strong" />
          <text
            x={LEFT + (width - LEFT) / 2}
            y={TOP + H + 42}
            textAnchor="middle"
            className="fill-fg-muted text-[12px]"
          >
            Hour of arrival (clinic time, {timezone})
          </text>
        </svg>
      </ScrollRegion>
    </figure>
  );
}
