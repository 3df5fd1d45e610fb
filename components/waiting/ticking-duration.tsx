'use client';
import { useEffect, useRef } from 'react';
import { formatDuration } from '@/lib/core/duration';
import { onTick } from '@/components/live/page-clock';
import { serverNow } from '@/components/live/server-clock';

/**
 * "4:07" since a moment, kept current by the shared clock writing the text directly: with 500
 * callers on screen a tick updates 1,000 text nodes and renders no component.
 */
export function TickingDuration({ since, until }: { since: string; until?: string | null }) {
  const ref = useRef<HTMLSpanElement>(null);
  const start = Date.parse(since);
  const end = until ? Date.parse(until) : null;
  useEffect(() => {
    const write = () => {
      if (ref.current) ref.current.textContent = formatDuration((end ?? serverNow()) - start);
    };
    write();
    return end === null ? onTick(write) : undefined;
  }, [start, end]);
  // A box of fixed size (room for "99:59:59") that contains itself: a new second relays out this
  // box only, not the table around it, which was most of a tick's cost with hundreds of clocks.
  return (
    <span ref={ref} className="inline-block h-[1lh] w-[8ch] align-bottom [contain:strict]" suppressHydrationWarning />
  );
}
