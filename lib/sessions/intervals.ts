export interface Interval {
  from: number;
  to: number;
}

/** Sorted, non-overlapping intervals covering the same time; empty and reversed ones dropped. */
export function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

/** Where both sets of intervals cover the time. */
export function intersect(a: Interval[], b: Interval[]): Interval[] {
  const x = union(a);
  const y = union(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const from = Math.max(x[i]!.from, y[j]!.from);
    const to = Math.min(x[i]!.to, y[j]!.to);
    if (to > from) out.push({ from, to });
    if (x[i]!.to < y[j]!.to) i++;
    else j++;
  }
  return out;
}

export function totalMs(intervals: Interval[]): number {
  return intervals.reduce((sum, i) => sum + (i.to - i.from), 0);
}
