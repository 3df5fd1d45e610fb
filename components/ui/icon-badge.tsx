import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** A short label with its icon on a tinted chip: colour, icon and words together. Never wraps. */
export function IconBadge({
  Icon,
  className,
  testId,
  children,
}: {
  Icon: LucideIcon;
  /** The tint: background and text colour tokens. */
  className: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex h-6 items-center gap-1 rounded-md px-1.5 text-label whitespace-nowrap ${className}`}
    >
      <Icon aria-hidden="true" size={14} strokeWidth={2.25} />
      {children}
    </span>
  );
}
