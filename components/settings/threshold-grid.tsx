'use client';
import { LEVEL_LABEL, PRIORITY_LABEL } from '@/lib/waiting/labels';
import type { Priority } from '@/lib/waiting/types';
import type { Threshold } from '@/lib/waiting/thresholds';

const PRIORITIES: Priority[] = [0, 1, 2];
const INPUT = 'w-20 rounded border border-slate-300 px-2 py-1 text-sm';

/**
 * Warning and over-limit minutes per priority. For a queue, an empty cell means "as for all queues"
 * and shows that value as its placeholder.
 */
export function ThresholdGrid({
  label,
  values,
  inherited,
  onChange,
}: {
  label: string;
  values: Partial<Record<Priority, Threshold>>;
  inherited?: Record<Priority, Threshold>;
  onChange: (next: Partial<Record<Priority, Threshold>>) => void;
}) {
  const set = (p: Priority, field: keyof Threshold, raw: string) => {
    const next = { ...values };
    const base = values[p] ?? inherited?.[p];
    if (raw === '' && inherited) {
      delete next[p];
    } else if (base) {
      next[p] = { ...base, [field]: raw === '' ? Number.NaN : Number(raw) };
    }
    onChange(next);
  };
  return (
    <table className="text-sm" aria-label={label}>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="p-1">
            Priority
          </th>
          <th scope="col" className="p-1">
            ▲ {LEVEL_LABEL.warn} after (min)
          </th>
          <th scope="col" className="p-1">
            ⚠ {LEVEL_LABEL.critical} after (min)
          </th>
        </tr>
      </thead>
      <tbody>
        {PRIORITIES.map((p) => (
          <tr key={p}>
            <th scope="row" className="p-1 text-left font-medium">
              {PRIORITY_LABEL[p]}
            </th>
            {(['warnMinutes', 'criticalMinutes'] as const).map((field) => (
              <td key={field} className="p-1">
                <input
                  type="number"
                  min={0.5}
                  step={0.5}
                  className={INPUT}
                  aria-label={`${label}: ${PRIORITY_LABEL[p]}, ${(field === 'warnMinutes' ? LEVEL_LABEL.warn : LEVEL_LABEL.critical).toLowerCase()} after minutes`}
                  value={values[p] ? (Number.isNaN(values[p]![field]) ? '' : values[p]![field]) : ''}
                  placeholder={inherited ? String(inherited[p][field]) : undefined}
                  onChange={(e) => set(p, field, e.target.value)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
