'use client';
import { type ComponentProps, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FilterControls } from './filter-controls';

interface Props extends ComponentProps<typeof FilterControls> {
  onTogglePrivacy: () => void;
  onMarkAllSeen: () => void;
  onHelp: () => void;
}

/** The dashboard's search and filters and its view choices, above the table. */
export function DashboardToolbar({ onTogglePrivacy, onMarkAllSeen, onHelp, ...filters }: Props) {
  const [unfolded, setUnfolded] = useState(false);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <FilterControls {...filters} folded={!unfolded} />
      <Button
        variant="secondary"
        className="sm:hidden"
        aria-expanded={unfolded}
        aria-controls="console-filters"
        onClick={() => setUnfolded(!unfolded)}
      >
        {unfolded ? 'Fewer filters' : 'Filters'}
      </Button>
      <Button variant="secondary" aria-pressed={filters.privacy} onClick={onTogglePrivacy}>
        {filters.privacy ? 'Show names' : 'Hide names'}
      </Button>
      <Button variant="secondary" onClick={onMarkAllSeen}>
        Mark all as seen
      </Button>
      <Button variant="secondary" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </Button>
    </div>
  );
}
