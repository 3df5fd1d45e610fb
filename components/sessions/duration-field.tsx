'use client';
import { useId } from 'react';
import { DURATION_PRESETS, MAX_DURATION_MINUTES } from '@/lib/sessions/schemas';

/** Presets for the usual consult lengths, or any number of minutes. */
export function DurationField({ minutes, onChange }: { minutes: number; onChange: (m: number) => void }) {
  const id = useId();
  const custom = !(DURATION_PRESETS as readonly number[]).includes(minutes);
  return (
    <fieldset>
      <legend className="text-sm font-medium">Duration</legend>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {DURATION_PRESETS.map((m) => (
          <label key={m} className="text-sm">
            <input
              type="radio"
              name={`${id}-duration`}
              checked={minutes === m}
              onChange={() => onChange(m)}
              className="mr-1"
            />
            {m} min
          </label>
        ))}
        <label className="text-sm">
          <input type="radio" name={`${id}-duration`} checked={custom} onChange={() => onChange(25)} className="mr-1" />
          Other
        </label>
        {custom && (
          <label className="text-sm">
            Minutes{' '}
            <input
              type="number"
              min={5}
              max={MAX_DURATION_MINUTES}
              value={Number.isNaN(minutes) ? '' : minutes}
              onChange={(e) => onChange(e.target.valueAsNumber)}
              className="ml-1 w-20 rounded border border-slate-300 px-2 py-1"
            />
          </label>
        )}
      </div>
    </fieldset>
  );
}
