'use client';
import type { ReactElement } from 'react';
import { Focusable, Tooltip, TooltipTrigger } from 'react-aria-components';

const TIP =
  'max-w-[min(32rem,calc(100vw-2rem))] rounded-md bg-fg px-2 py-1 text-body-sm break-words text-surface shadow-overlay';

/**
 * Text cut to one line, whole in its title on hover. When it may be cut (longer than `room`
 * characters) it also takes focus and shows the whole text in a tooltip then; shorter text stays
 * plain, so a long list does not gain a tab stop per cell.
 */
export function TruncatedText({ text, room, className = '' }: { text: string; room: number; className?: string }) {
  const plain = (
    <span title={text} className={`block min-w-0 truncate ${className}`}>
      {text}
    </span>
  );
  if (text.length <= room) return plain;
  return (
    <TooltipTip text={text}>
      <Focusable>
        <span role="note" tabIndex={0} title={text} className={`block min-w-0 truncate rounded-sm ${className}`}>
          {text}
        </span>
      </Focusable>
    </TooltipTip>
  );
}

/** The whole text on keyboard focus (hover has the title already, so the two never show at once). */
export function TooltipTip({ text, children }: { text: string; children: ReactElement }) {
  return (
    <TooltipTrigger trigger="focus">
      {children}
      <Tooltip offset={6} className={TIP}>
        {text}
      </Tooltip>
    </TooltipTrigger>
  );
}
