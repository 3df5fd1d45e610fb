import { describe, expect, it } from 'vitest';
import { binOf, binRange, countUpTo, LAST_BIN, percentileFromBins } from './bins';

describe('report bins', () => {
  it('puts each length in a bin whose range contains it, at every band edge', () => {
    for (const s of [0, 4.9, 5, 599, 600, 629, 630, 3599, 3600, 14_399]) {
      const [lo, hi] = binRange(binOf(s));
      expect(s).toBeGreaterThanOrEqual(lo);
      expect(s).toBeLessThan(hi);
    }
    expect(binOf(14_400)).toBe(LAST_BIN);
    expect(binOf(600)).toBe(120);
    expect(binOf(3600)).toBe(220);
  });

  it('reads a median and p90 to within a bin of the exact values', () => {
    const waits = Array.from({ length: 1001 }, (_, i) => i * 1.3);
    const bins = new Map<number, number>();
    for (const w of waits) bins.set(binOf(w), (bins.get(binOf(w)) ?? 0) + 1);
    expect(Math.abs(percentileFromBins(bins, 0.5, 1300)! - 650)).toBeLessThanOrEqual(15);
    expect(Math.abs(percentileFromBins(bins, 0.9, 1300)! - 1170)).toBeLessThanOrEqual(15);
    expect(percentileFromBins(new Map(), 0.5, null)).toBeNull();
    expect(countUpTo(bins, 300)).toBeGreaterThanOrEqual(230);
    expect(countUpTo(bins, 300)).toBeLessThanOrEqual(232);
  });
});
