import { describe, expect, it } from 'vitest';
import { fitDisplay, ROW_EM, ROW_WIDTH_EM } from './layout';

// The list's box on a 1920×1080 screen, below the header and the queue summary.
const tv = { width: 1872, height: 820, minFont: 45, maxFont: 84 };

describe('the wall display fits its callers to the screen', () => {
  it('gives a short list large rows in one column that fill the height', () => {
    const fit = fitDisplay({ ...tv, count: 6 });
    expect(fit).toMatchObject({ columns: 1, shown: 6 });
    expect(fit.fontPx).toBe(Math.floor(tv.height / (6 * ROW_EM)));
    expect(fit.fontPx * ROW_EM * 6).toBeGreaterThan(tv.height * 0.9);
    expect(fitDisplay({ ...tv, count: 2 }).fontPx).toBe(tv.maxFont);
  });

  it('goes to two columns when that gives larger type, and every caller stays on screen', () => {
    const fit = fitDisplay({ ...tv, count: 14 });
    expect(fit.columns).toBe(2);
    expect(fit.shown).toBe(14);
    expect(fit.fontPx).toBeGreaterThanOrEqual(tv.minFont);
    // Seven rows a column fit the height; each column's row fits its width.
    expect(fit.fontPx * ROW_EM * 7).toBeLessThanOrEqual(tv.height);
    expect(fit.fontPx * ROW_WIDTH_EM * 2).toBeLessThanOrEqual(tv.width);
  });

  it('keeps the floor when there are too many, and leaves the last slot to say how many more', () => {
    const fit = fitDisplay({ ...tv, count: 60 });
    expect(fit.fontPx).toBe(tv.minFont);
    const perColumn = Math.floor(tv.height / (tv.minFont * ROW_EM));
    expect(fit.shown).toBe(perColumn * fit.columns - 1);
    expect(fit.shown).toBeLessThan(60);
  });

  it('on a phone, one column at the size its width allows (it scrolls)', () => {
    const fit = fitDisplay({ count: 5, width: 358, height: 600, minFont: 35, maxFont: 70 });
    expect(fit).toEqual({ columns: 1, fontPx: Math.floor(358 / ROW_WIDTH_EM), shown: 5 });
  });

  it('with nobody waiting, one column at the largest type', () => {
    expect(fitDisplay({ ...tv, count: 0 })).toEqual({ columns: 1, fontPx: tv.maxFont, shown: 0 });
  });
});
