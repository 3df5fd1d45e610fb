/**
 * Wait and consult lengths are kept in bins for reports over long histories: 5-second bins up to
 * 10 minutes, 30-second bins up to an hour, 5-minute bins up to 4 hours, then one open bin. A
 * median or p90 read from them is exact to the width of its bin. The SQL in server/reports/sql.ts
 * computes the same bins.
 */
const BANDS = [
  { until: 600, width: 5 },
  { until: 3_600, width: 30 },
  { until: 14_400, width: 300 },
] as const;

export const LAST_BIN = 256;

export function binOf(seconds: number): number {
  let first = 0;
  let from = 0;
  for (const band of BANDS) {
    if (seconds < band.until) return first + Math.floor((Math.max(0, seconds) - from) / band.width);
    first += (band.until - from) / band.width;
    from = band.until;
  }
  return LAST_BIN;
}

/** [lower, upper) seconds of a bin; the open last bin reports its lower edge for both. */
export function binRange(bin: number): [number, number] {
  let first = 0;
  let from = 0;
  for (const band of BANDS) {
    const count = (band.until - from) / band.width;
    if (bin < first + count) {
      const lower = from + (bin - first) * band.width;
      return [lower, lower + band.width];
    }
    first += count;
    from = band.until;
  }
  return [from, from];
}

/**
 * A percentile from binned counts, as percentile_cont would pick it (linear between ranks) but
 * placing each value at the middle of its bin; `max` caps it so p90 never exceeds the longest wait.
 */
export function percentileFromBins(bins: Map<number, number>, p: number, max: number | null): number | null {
  const total = [...bins.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const sorted = [...bins.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const valueAt = (r: number) => {
    let seen = 0;
    for (const [bin, n] of sorted) {
      seen += n;
      if (r < seen) {
        const [lo, hi] = binRange(bin);
        return (lo + hi) / 2;
      }
    }
    const [lo, hi] = binRange(sorted.at(-1)![0]);
    return (lo + hi) / 2;
  };
  const low = valueAt(Math.floor(rank));
  const high = valueAt(Math.ceil(rank));
  const value = low + (high - low) * (rank - Math.floor(rank));
  return max === null ? value : Math.min(value, max);
}

/** How many values fall at or under a limit; bins straddling it count in proportion. */
export function countUpTo(bins: Map<number, number>, limitSeconds: number): number {
  let n = 0;
  for (const [bin, count] of bins) {
    const [lo, hi] = binRange(bin);
    if (hi <= limitSeconds) n += count;
    else if (lo < limitSeconds && hi > lo) n += Math.round((count * (limitSeconds - lo)) / (hi - lo));
  }
  return n;
}
