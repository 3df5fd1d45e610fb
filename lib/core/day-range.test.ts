import { describe, expect, it } from 'vitest';
import { dayRange } from './day-range';

describe('a range of clinic days', () => {
  it('takes both ends, in order, up to its limit, and says what is wrong otherwise', () => {
    expect(dayRange(7).parse({ from: '2026-11-01', to: '2026-11-08' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-08',
    });
    const message = (r: unknown) => dayRange(7).safeParse(r).error?.issues[0]?.message;
    expect(message({ from: '2026-11-01', to: '2026-11-09' })).toBe('Choose at most 7 days at a time.');
    expect(message({ from: '2026-11-02', to: '2026-11-01' })).toBe('The last day must not be before the first.');
    expect(message({ from: '1/11/2026', to: '2026-11-01' })).toBe('Enter the date as YYYY-MM-DD.');
    expect(message({ from: '2026-02-30', to: '2026-13-45' })).toBe('That date does not exist.');
  });

  it('refuses year 0000 and other years no clinic day is in, naming the field', () => {
    const issues = (r: unknown) =>
      dayRange(400)
        .safeParse(r)
        .error?.issues.map((i) => `${i.path}: ${i.message}`);
    expect(issues({ from: '0000-01-01', to: '2026-11-01' })).toEqual(['from: Choose a date between 1900 and 2999.']);
    expect(issues({ from: '2026-11-01', to: '9999-12-31' })).toEqual(['to: Choose a date between 1900 and 2999.']);
  });
});
