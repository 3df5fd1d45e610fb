'use client';
import { useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { availabilityText, byAvailability } from '@/lib/practitioners/availability';
import { AVAILABILITY_LABEL, AVAILABILITY_STATES, type RosterPractitioner } from '@/lib/practitioners/types';
import { useRoster } from './use-roster';

interface Props {
  teamId: string;
  /** The page's list (server-rendered) until the roster with availability arrives. */
  fallback: { id: string; name: string }[];
  label?: string;
  name?: string;
  required?: boolean;
  defaultValue?: string;
  /** The first option, e.g. "Anyone" for a reassignment; omitted, a disabled "Choose…". */
  emptyLabel?: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const GROUP: Record<string, string> = {
  available: 'Available now',
  in_consult: 'In a consult',
  away: 'Away',
  off: 'Off — not working now',
};

/**
 * Picks a practitioner from the clinic's roster, grouped by availability (available first). Anyone
 * on the roster can be picked, since reception may know better than a state nobody updated, but
 * picking someone who is not available says so before saving.
 */
export function PractitionerPicker({
  teamId,
  fallback,
  label = 'Practitioner',
  name = 'practitionerId',
  required,
  defaultValue = '',
  emptyLabel,
}: Props) {
  const roster = useRoster(teamId);
  const [chosen, setChosen] = useState(defaultValue);
  const list: Pick<RosterPractitioner, 'id' | 'name' | 'availability' | 'derived' | 'active'>[] = roster.data
    ? byAvailability(roster.data.practitioners.filter((p) => p.active))
    : fallback.map((p) => ({ ...p, availability: 'available', derived: null, active: true }));
  const picked = list.find((p) => p.id === chosen);
  return (
    <div className="space-y-2">
      <SelectField
        label={label}
        name={name}
        required={required}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
        data-testid="practitioner-picker"
      >
        <option value="" disabled={emptyLabel === undefined}>
          {emptyLabel ?? 'Choose…'}
        </option>
        {roster.data
          ? AVAILABILITY_STATES.map((state) => {
              const group = list.filter((p) => p.availability === state);
              return group.length ? (
                <optgroup key={state} label={GROUP[state]}>
                  {group.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })
          : list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
      </SelectField>
      {picked && roster.data && picked.availability !== 'available' && (
        <Notice tone="info">
          {picked.name} is {lowerFirst(availabilityText(picked, AVAILABILITY_LABEL))}. You can still choose them; check
          they can take this caller.
        </Notice>
      )}
    </div>
  );
}
