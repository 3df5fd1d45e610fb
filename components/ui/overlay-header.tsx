'use client';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, Heading } from 'react-aria-components';

/** What a dialog and a drawer take: both open, titled and closed the same way. */
export interface OverlayProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog's or drawer's title with a visible Close button that says Esc closes it too. */
export function OverlayHeader({ title }: { title: string }) {
  return (
    <div className="flex items-start justify-between gap-3">
      <Heading slot="title" className="min-w-0 text-heading break-words text-fg">
        {title}
      </Heading>
      <Button
        slot="close"
        aria-keyshortcuts="Escape"
        className="inline-flex h-target shrink-0 items-center gap-1 rounded-md border border-line-strong bg-surface px-2.5 text-body-sm text-fg hover:bg-surface-3 data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
      >
        <X aria-hidden="true" size={16} />
        Close <span className="text-label font-normal text-fg-subtle">(Esc)</span>
      </Button>
    </div>
  );
}
