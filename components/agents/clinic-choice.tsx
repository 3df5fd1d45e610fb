'use client';
import { useId } from 'react';
import { FieldError } from '@/components/ui/field';
import type { TeamRef } from '@/lib/core/team';

export interface ClinicChoiceValue {
  all: boolean;
  chosen: string[];
}

interface Props {
  teams: TeamRef[];
  value: ClinicChoiceValue;
  onChange: (value: ClinicChoiceValue) => void;
  error?: string;
}

/** Every clinic of the person's (now and later), or only the ones ticked. */
export function ClinicChoice({ teams, value, onChange, error }: Props) {
  const id = useId();
  if (teams.length < 2)
    return (
      <div>
        <p className="text-sm font-medium text-fg">Clinics</p>
        <p className="mt-1 text-body text-fg">
          {teams[0] ? `${teams[0].name}, your clinic.` : 'You belong to no clinic yet, so it will see none.'}{' '}
          <span className="text-fg-muted">If you join another, the token works there too.</span>
        </p>
      </div>
    );
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-fg">Clinics</legend>
      <div className="mt-1 space-y-1.5">
        <label className="flex items-start gap-2 text-body">
          <input
            type="radio"
            name={`${id}-clinics`}
            className="mt-0.5 size-4 accent-brand"
            checked={value.all}
            onChange={() => onChange({ ...value, all: true })}
          />
          <span>
            All your clinics <span className="text-fg-muted">({teams.length} now, and any you join later)</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-body">
          <input
            type="radio"
            name={`${id}-clinics`}
            className="mt-0.5 size-4 accent-brand"
            checked={!value.all}
            onChange={() => onChange({ ...value, all: false })}
          />
          Only the clinics I choose
        </label>
        {!value.all && (
          <ul className="ml-6 flex flex-wrap gap-x-4 gap-y-1.5" aria-label="Clinics it may work in">
            {teams.map((t) => (
              <li key={t.id}>
                <label className="flex items-center gap-2 text-body">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand"
                    checked={value.chosen.includes(t.id)}
                    onChange={(e) =>
                      onChange({
                        ...value,
                        chosen: e.target.checked ? [...value.chosen, t.id] : value.chosen.filter((c) => c !== t.id),
                      })
                    }
                  />
                  {t.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
