'use client';
import { Button } from '@/components/ui/button';

/** Whenever a filter or the search is on, says how many callers it hides, with one way back to all. */
export function FilterSummary({
  shown,
  total,
  active,
  onClear,
}: {
  shown: number;
  total: number;
  active: boolean;
  onClear: () => void;
}) {
  if (!active) return null;
  return (
    <p role="status" data-testid="filter-summary" className="flex items-center gap-2 text-sm text-fg-muted">
      <span>
        <span className="font-semibold tabular-nums">
          {shown} of {total}
        </span>{' '}
        shown
        {shown < total ? ` · ${total - shown} hidden by filters` : ''}
      </span>
      <Button variant="secondary" onClick={onClear} className="py-0.5">
        Clear filters
      </Button>
    </p>
  );
}
