import { SelectField } from '@/components/ui/field';

// Australian zones first: they are what clinics on Coviu mostly use.
const ZONES = (() => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Australia/Sydney'];
  return [...all.filter((z) => z.startsWith('Australia/')), ...all.filter((z) => !z.startsWith('Australia/'))];
})();

/** Uncontrolled in a plain form (defaultValue), or controlled (value and onChange). */
export function TimezoneSelect({
  defaultValue,
  value,
  onChange,
}: {
  defaultValue?: string;
  value?: string;
  onChange?: (timezone: string) => void;
}) {
  return (
    <SelectField
      label="Time zone"
      name="timezone"
      defaultValue={defaultValue}
      value={value}
      onChange={onChange && ((e) => onChange(e.target.value))}
    >
      {ZONES.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </SelectField>
  );
}
