import { TextField } from '@/components/ui/field';

/**
 * A setting that is a number. An emptied field is NaN, which the schema refuses by name (rather
 * than 0, which could pass), and shows empty rather than "NaN".
 */
export function NumberSetting({
  label,
  hint,
  value,
  error,
  min,
  max,
  onChange,
}: {
  label: string;
  hint: string;
  value: number;
  error: string | undefined;
  min: number;
  max?: number;
  onChange: (value: number) => void;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      type="number"
      min={min}
      max={max}
      value={Number.isNaN(value) ? '' : value}
      error={error}
      onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
    />
  );
}
