import { SelectField } from '@/components/ui/field';

// Australian zones first: they are what clinics on Coviu mostly use.
const ZONES = (() => {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Australia/Sydney'];
  return [...all.filter((z) => z.startsWith('Australia/')), ...all.filter((z) => !z.startsWith('Australia/'))];
})();

export function TimezoneSelect({ defaultValue }: { defaultValue: string }) {
  return (
    <SelectField label="Time zone" name="timezone" defaultValue={defaultValue}>
      {ZONES.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </SelectField>
  );
}
