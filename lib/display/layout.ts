// How the wall display lays out its callers so the screen is used and nothing is cut: the type is
// as large as the box allows for the number of rows, in one, two or three columns (whichever
// gives the largest type), never smaller than a floor readable from across the room. Only when
// even the floor cannot hold everyone does the last slot say how many more are waiting.

/** A row's height, with the gap below it, in ems of its type (line 1.1em + padding + gap). */
export const ROW_EM = 1.7;
/** The width a row needs, in ems: level icon, "K. K. (2)", queue, priority, "12:34", "Over limit". */
export const ROW_WIDTH_EM = 17;
/** Between columns, in px. */
export const COLUMN_GAP_PX = 24;
const MAX_COLUMNS = 3;

export interface FitInput {
  /** Callers to show. */
  count: number;
  /** The list's box, in CSS px. */
  width: number;
  height: number;
  /** Smallest and largest type, in CSS px (the page derives them from the screen's height). */
  minFont: number;
  maxFont: number;
}

export interface DisplayFit {
  columns: number;
  fontPx: number;
  /** How many rows are shown; the rest (count − shown) are summed up in the last slot. */
  shown: number;
}

function fontFor(columns: number, rows: number, { width, height, maxFont }: FitInput): number {
  const columnWidth = (width - (columns - 1) * COLUMN_GAP_PX) / columns;
  return Math.min(maxFont, columnWidth / ROW_WIDTH_EM, height / (Math.max(rows, 1) * ROW_EM));
}

/** The largest type that shows every caller, or the layout that shows most at the floor. */
export function fitDisplay(input: FitInput): DisplayFit {
  const { count, height, minFont } = input;
  let best: DisplayFit | null = null;
  for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
    if (columns > 1 && count <= columns - 1) break;
    const fontPx = fontFor(columns, Math.ceil(count / columns), input);
    if (fontPx >= minFont && (!best || fontPx > best.fontPx)) best = { columns, fontPx, shown: count };
  }
  if (best) return { ...best, fontPx: Math.floor(best.fontPx) };

  // Too many for the floor: the most rows that fit at the floor, the last slot saying how many more.
  let most: DisplayFit | null = null;
  for (let columns = 1; columns <= MAX_COLUMNS; columns++) {
    if (fontFor(columns, 1, input) < minFont) break;
    const capacity = Math.max(1, Math.floor(height / (minFont * ROW_EM))) * columns;
    if (!most || capacity - 1 > most.shown) most = { columns, fontPx: minFont, shown: capacity - 1 };
  }
  // A screen too narrow for even one row at the floor (a phone): one column that wraps and scrolls.
  if (!most) return { columns: 1, fontPx: Math.max(16, Math.floor(fontFor(1, 1, input))), shown: count };
  return { ...most, shown: Math.min(count, Math.max(0, most.shown)) };
}
