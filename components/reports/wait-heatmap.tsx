import { WEEKDAYS, type HeatCell } from '@/lib/reports/types';

/** Average wait to answer by weekday and hour; each cell shows its minutes, the shade only helps. */
export function WaitHeatmap({ cells, targetMinutes }: { cells: HeatCell[]; targetMinutes: number }) {
  const hours = [...new Set(cells.map((c) => c.hour))].sort((a, b) => a - b);
  if (!hours.length) return <p className="text-sm text-slate-700">No callers in this range.</p>;
  const at = (d: number, h: number) => cells.find((c) => c.weekday === d && c.hour === h);
  const shade = (seconds: number | null) => {
    if (seconds === null) return 'bg-white';
    const ratio = seconds / (targetMinutes * 60);
    return ratio >= 1.5 ? 'bg-red-200' : ratio >= 1 ? 'bg-amber-200' : ratio >= 0.5 ? 'bg-yellow-50' : 'bg-green-50';
  };
  return (
    <div className="overflow-x-auto">
      <table
        className="text-xs"
        aria-label={`Average wait in minutes by weekday and hour (target ${targetMinutes} min)`}
      >
        <thead>
          <tr>
            <th scope="col" className="p-1">
              <span className="sr-only">Weekday</span>
            </th>
            {hours.map((h) => (
              <th key={h} scope="col" className="p-1 font-normal text-slate-600">
                {String(h).padStart(2, '0')}
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
                const minutes = c?.avgWaitSeconds === null || !c ? null : c.avgWaitSeconds / 60;
                return (
                  <td
                    key={h}
                    className={`min-w-9 border border-white p-1 text-center ${shade(c?.avgWaitSeconds ?? null)}`}
                    title={c ? `${c.arrivals} arrivals, ${c.answered} answered` : 'no callers'}
                  >
                    {minutes === null ? '' : minutes.toFixed(1)}
                    {minutes !== null && minutes >= targetMinutes * 1.5 && <span aria-hidden="true">!</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-700">
        Minutes. Shading: green under half the target, yellow under the target, amber over it, red (and “!”) at 1.5× the
        target or more.
      </p>
    </div>
  );
}
