'use client';
import type { ComponentProps } from 'react';
import { Button } from '@/components/ui/button';
import { FilterControls } from './filter-controls';

interface Props extends ComponentProps<typeof FilterControls> {
  onTogglePrivacy: () => void;
  onMarkAllSeen: () => void;
  onHelp: () => void;
}

/** The dashboard's search and filters and its view choices, above the table. */
export function DashboardToolbar({ onTogglePrivacy, onMarkAllSeen, onHelp, ...filters }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <FilterControls {...filters} />
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
