'use client';
import { useId } from 'react';
import { FieldError } from '@/components/ui/field';
import { DURATION_PRESETS, MAX_DURATION_MINUTES } from '@/lib/sessions/schemas';

/** Presets for the usual consult lengths, or any number of minutes; `error` says what is wrong under them. */
export function DurationField({
  minutes,
  onChange,
  error,
}: {
  minutes: number;
  onChange: (m: number) => void;
  error?: string;
}) {
  const id = useId();
  const custom = !(DURATION_PRESETS as readonly number[]).includes(minutes);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} data-invalid={error ? '' : undefined}>
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
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="ml-1 w-20 rounded border border-line-strong bg-surface px-2 py-1"
            />
          </label>
        )}
      </div>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
