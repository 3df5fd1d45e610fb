'use client';
import { useId } from 'react';
import { FieldError } from '@/components/ui/field';
import { LEVEL_LABEL, PRIORITY_LABEL } from '@/lib/waiting/labels';
import type { Priority } from '@/lib/waiting/types';
import type { Threshold } from '@/lib/waiting/thresholds';
import type { Problems } from './use-settings-section';

const PRIORITIES: Priority[] = [0, 1, 2];
const INPUT =
  'h-target w-20 rounded-md border border-line-strong bg-surface px-2 text-body text-fg focus:border-focus focus:ring-2 focus:ring-focus/40 focus:outline-none aria-[invalid=true]:border-2 aria-[invalid=true]:border-wait-critical';

/**
 * Long-wait and over-limit minutes per priority. For a queue, an empty cell means "as for all
 * queues" and shows that value as its placeholder. `problems` holds this grid's refusals by path
 * under `path` (e.g. `thresholds.defaults`): a priority's row is marked and its reason shown below.
 */
export function ThresholdGrid({
  label,
  values,
  inherited,
  onChange,
  path,
  problems = {},
}: {
  label: string;
  values: Partial<Record<Priority, Threshold>>;
  inherited?: Record<Priority, Threshold>;
  onChange: (next: Partial<Record<Priority, Threshold>>) => void;
  path: string;
  problems?: Problems;
}) {
  const id = useId();
  const set = (p: Priority, field: keyof Threshold, raw: string) => {
    const next = { ...values };
    const base = values[p] ?? inherited?.[p];
    if (raw === '' && inherited) {
      // A queue's cell emptied: that priority goes back to the clinic's limits.
      delete next[p];
    } else if (base) {
      next[p] = { ...base, [field]: raw === '' ? Number.NaN : Number(raw) };
    }
    onChange(next);
  };
  const problemOf = (p: Priority) =>
    Object.entries(problems).find(([at]) => at === `${path}.${p}` || at.startsWith(`${path}.${p}.`))?.[1];
  const errors = PRIORITIES.map((p) => [p, problemOf(p)] as const).filter(([, e]) => e);
  return (
    <div className="space-y-1">
      <table className="text-body" aria-label={label}>
        <thead>
          <tr className="text-left text-body-sm text-fg-muted">
            <th scope="col" className="py-1 pr-3 font-medium">
              Priority
            </th>
            <th scope="col" className="px-1 py-1 font-medium">
              ▲ {LEVEL_LABEL.warn} after (min)
            </th>
            <th scope="col" className="px-1 py-1 font-medium">
              ⚠ {LEVEL_LABEL.critical} after (min)
            </th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((p) => (
            <tr key={p}>
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {PRIORITY_LABEL[p]}
              </th>
              {(['warnMinutes', 'criticalMinutes'] as const).map((field) => (
                <td key={field} className="px-1 py-1">
                  <input
                    type="number"
                    min={0.5}
                    step={0.5}
                    className={INPUT}
                    aria-label={`${label}: ${PRIORITY_LABEL[p]}, ${(field === 'warnMinutes' ? LEVEL_LABEL.warn : LEVEL_LABEL.critical).toLowerCase()} after minutes`}
                    aria-invalid={problemOf(p) ? true : undefined}
                    aria-describedby={problemOf(p) ? `${id}-${p}` : undefined}
                    value={values[p] ? (Number.isNaN(values[p][field]) ? '' : values[p][field]) : ''}
                    placeholder={inherited ? String(inherited[p][field]) : undefined}
                    onChange={(e) => set(p, field, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {errors.map(([p, error]) => (
        <FieldError key={p} id={`${id}-${p}`}>{`${PRIORITY_LABEL[p]}: ${error}`}</FieldError>
      ))}
    </div>
  );
}
