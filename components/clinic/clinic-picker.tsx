'use client';
import { SelectField } from '@/components/ui/field';

interface Props {
  teams: readonly { id: string; name: string }[];
  value: string;
  onChange: (teamId: string) => void;
  /** A first choice meaning every clinic (the audit log), as its label; the value is ''. */
  allLabel?: string;
  className?: string;
}

/**
 * The one clinic picker of the managers' pages, used with `useClinicChoice` so each page opens on
 * the person's last clinic. A native select: it is fully keyboard- and screen-reader-usable as it
 * is, and with a single clinic (and no "all") there is nothing to choose, so it is not shown.
 */
export function ClinicPicker({ teams, value, onChange, allLabel, className = '' }: Props) {
  if (teams.length < 2 && !allLabel) return null;
  return (
    <div className={className}>
      <SelectField label="Clinic" value={value} onChange={(e) => onChange(e.target.value)}>
        {allLabel && <option value="">{allLabel}</option>}
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
