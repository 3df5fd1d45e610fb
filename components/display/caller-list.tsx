'use client';
import { useRef } from 'react';
import { COLUMN_GAP_PX, fitDisplay } from '@/lib/display/layout';
import { DisplayRow, type WallRow } from './display-row';
import { useBoxSize } from './use-box-size';

/** Type between these heights of the screen: the floor reads from across a room (45 px at 1080). */
const MIN_FONT_VH = 0.042;
const MAX_FONT_VH = 0.08;

/**
 * The callers, most urgent first, fitted to the space under the header: one column of large rows
 * when few wait, two or three when many, and, only past what the floor allows, a last slot saying
 * how many more. The list reads down each column. It is absolutely placed in its box so its own
 * size never feeds back into the measurement.
 */
export function CallerList({ rows, dimmed }: { rows: WallRow[]; dimmed: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const vh = typeof window === 'undefined' ? 1080 : window.innerHeight;
  const fit = size
    ? fitDisplay({
        count: rows.length,
        width: size.width,
        height: size.height,
        minFont: vh * MIN_FONT_VH,
        maxFont: vh * MAX_FONT_VH,
      })
    : null;
  const more = fit ? rows.length - fit.shown : 0;
  const slots = fit ? fit.shown + (more > 0 ? 1 : 0) : 0;
  const perColumn = fit ? Math.max(1, Math.ceil(slots / fit.columns)) : 1;
  return (
    <div ref={box} className="relative min-h-0 flex-1">
      {fit && (
        <ol
          aria-label="Waiting callers, most urgent first"
          data-columns={fit.columns}
          className={`absolute inset-0 grid content-start gap-y-[0.2em] overflow-y-auto ${dimmed ? 'opacity-70' : ''}`}
          style={{
            fontSize: `${fit.fontPx}px`,
            columnGap: COLUMN_GAP_PX,
            gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))`,
            gridTemplateRows: fit.columns > 1 ? `repeat(${perColumn}, auto)` : undefined,
            gridAutoFlow: fit.columns > 1 ? 'column' : 'row',
          }}
        >
          {rows.slice(0, fit.shown).map((r) => (
            <DisplayRow key={r.callId} {...r} />
          ))}
          {more > 0 && (
            <li
              className="flex items-center rounded-[0.18em] bg-surface-3 px-[0.4em] py-[0.2em] leading-[1.1] font-semibold"
              data-testid="display-more"
            >
              + {more} more waiting
            </li>
          )}
        </ol>
      )}
    </div>
  );
}
