import { describe, expect, it } from 'vitest';
import { chartHours, hoursShown, hoursSpan } from './hours';

describe('the hours report charts cover', () => {
  it('is the default clinic day when no hours are set, stretched to hours with callers', () => {
    expect(chartHours([])).toEqual({ first: 7, last: 18, source: 'default' });
    expect(hoursSpan(chartHours([9, 10]))).toBe('07:00–19:00');
    expect(chartHours([5, 21])).toEqual({ first: 5, last: 21, source: 'default' });
    expect(hoursSpan(chartHours([23]))).toBe('07:00–midnight');
  });

  it('uses the clinic’s opening hours when it has them, and lists every hour', () => {
    const h = chartHours([10], { first: 8, last: 16 });
    expect(h.source).toBe('settings');
    expect(hoursShown(h)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
});
