'use client';
import { CircleHelp } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';

/**
 * A short label with its meaning a press away: a "?" button (a tab stop, Enter or Space opens it)
 * showing the explanation in a popover that Escape closes. For column headings whose one word
 * cannot carry a definition.
 */
export function HelpTip({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-0.5 whitespace-nowrap">
      {label}
      <DialogTrigger>
        <Button
          aria-label={`What “${label}” means`}
          className="inline-flex size-6 items-center justify-center rounded-full text-fg-muted outline-none hover:bg-surface-3 hover:text-fg focus-visible:ring-2 focus-visible:ring-focus"
        >
          <CircleHelp aria-hidden="true" size={15} />
        </Button>
        <Popover
          placement="bottom"
          className="max-w-[min(22rem,calc(100vw-2rem))] rounded-md border border-line bg-surface p-3 text-body-sm font-normal text-fg shadow-overlay"
        >
          <Dialog aria-label={label} className="outline-none">
            {children}
          </Dialog>
        </Popover>
      </DialogTrigger>
    </span>
  );
}
