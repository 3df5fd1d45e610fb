'use client';
import { byAvailability } from '@/lib/practitioners/availability';
import type { RosterPractitioner } from '@/lib/practitioners/types';
import { AvailabilityBadge } from './availability-badge';
import { useRoster } from './use-roster';

interface Props {
  teamId: string;
  /** The page's list (server-rendered) until the roster with availability arrives. */
  fallback: { id: string; name: string }[];
  selected: string[];
  onToggle: (id: string, on: boolean) => void;
}

/**
 * Hosts for a booking, from the clinic's roster with who is available now (available first). A
 * booking is often for later, so nobody is held back: the state is there to help choose.
 */
export function HostPicker({ teamId, fallback, selected, onToggle }: Props) {
  const roster = useRoster(teamId);
  const list: { id: string; name: string; state?: RosterPractitioner }[] = roster.data
    ? byAvailability(roster.data.practitioners.filter((p) => p.active)).map((p) => ({ ...p, state: p }))
    : fallback;
  return (
    <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
      {list.map((p) => (
        <label key={p.id} className="inline-flex items-center gap-1 text-sm">
          <input type="checkbox" checked={selected.includes(p.id)} onChange={(e) => onToggle(p.id, e.target.checked)} />
          {p.name}
          {p.state && <AvailabilityBadge practitioner={p.state} />}
        </label>
      ))}
    </div>
  );
}
