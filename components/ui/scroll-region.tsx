import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content is wider than the screen. It takes keyboard focus
 * (arrow keys then scroll it) and names itself, so someone without a mouse can read what is cut
 * off; a scrollable box nobody can focus fails axe's scrollable-region-focusable.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="overflow-x-auto rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-focus"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
