import type { HourRow } from '@/lib/reports/types';

const H = 160;

/**
 * Arrivals and answers by the clinic's hour, side by side. The two series differ by fill pattern
 * and are named in the legend, so colour is not the only way to tell them apart.
 */
export function HourlyChart({ hours }: { hours: HourRow[] }) {
  // Clinic hours (07–19) at least, stretched to any hour with callers, without gaps.
  const busy = hours.filter((h) => h.arrivals || h.answered).map((h) => h.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(19, ...busy);
  const shown = hours.filter((h) => h.hour >= first && h.hour <= last);
  const max = Math.max(1, ...shown.map((h) => Math.max(h.arrivals, h.answered)));
  const slot = 36;
  const width = shown.length * slot + 40;
  const y = (v: number) => H - (v / max) * H;
  const busiest = [...hours].sort((a, b) => b.arrivals - a.arrivals)[0];
  return (
    <figure>
      <figcaption className="mb-1 text-sm text-slate-700">
        <span className="mr-3">
          <svg width="14" height="10" aria-hidden="true" className="mr-1 inline">
            <rect width="14" height="10" className="fill-brand" />
          </svg>
          Arrivals
        </span>
        <span>
          <svg width="14" height="10" aria-hidden="true" className="mr-1 inline">
            <rect width="14" height="10" fill="url(#hatch)" stroke="#92400e" />
          </svg>
          Answered
        </span>
        {busiest && busiest.arrivals > 0 && (
          <span className="ml-3">
            Busiest hour: {String(busiest.hour).padStart(2, '0')}:00 ({busiest.arrivals} arrivals)
          </span>
        )}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${H + 24}`}
        className="h-52 w-full"
        role="img"
        aria-label={`Arrivals and answered callers by hour; the busiest hour had ${busiest?.arrivals ?? 0} arrivals. Use "Show table" for every figure.`}
      >
        <defs>
          <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#fde68a" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#92400e" strokeWidth="2" />
          </pattern>
        </defs>
        <line x1="30" x2={width} y1={H} y2={H} stroke="#94a3b8" />
        <text x="0" y="10" className="fill-slate-600 text-[10px]">
          {max}
        </text>
        {shown.map((h, i) => {
          const x = 34 + i * slot;
          return (
            <g key={h.hour}>
              <rect x={x} y={y(h.arrivals)} width={14} height={H - y(h.arrivals)} className="fill-brand">
                <title>{`${h.hour}:00 arrivals ${h.arrivals}`}</title>
              </rect>
              <rect
                x={x + 15}
                y={y(h.answered)}
                width={14}
                height={H - y(h.answered)}
                fill="url(#hatch)"
                stroke="#92400e"
              >
                <title>{`${h.hour}:00 answered ${h.answered}`}</title>
              </rect>
              <text x={x + 14} y={H + 14} textAnchor="middle" className="fill-slate-700 text-[10px]">
                {String(h.hour).padStart(2, '0')}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
