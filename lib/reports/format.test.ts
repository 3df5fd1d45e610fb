import { describe, expect, it } from 'vitest';
import { changeOf, minutesText, previousName, waitText } from './format';

describe('report number formats', () => {
  it('writes waits as m:ss and totals in hours and minutes', () => {
    expect(waitText(427)).toBe('7:07');
    expect(waitText(null)).toBe('—');
    expect(minutesText(14 * 60 + 20)).toBe('14 min');
    expect(minutesText(125 * 60)).toBe('2 h 05 min');
  });

  it('names the period compared with', () => {
    expect(previousName('2026-11-25', '2026-12-01')).toBe('previous 7 days');
    expect(previousName('2026-12-01', '2026-12-01')).toBe('previous day');
  });

  it('states a change in words, and whether it is good news', () => {
    expect(changeOf(56, 50, 'previous 7 days', 'neither')).toEqual({ text: '+12% vs previous 7 days', verdict: null });
    expect(changeOf(200, 250, 'previous day', 'lower')).toEqual({ text: '−20% vs previous day', verdict: 'better' });
    expect(changeOf(0.7, 0.78, 'previous day', 'higher', true)).toEqual({
      text: '−8 points vs previous day',
      verdict: 'worse',
    });
    expect(changeOf(5, 5, 'previous day', 'lower').text).toBe('same as previous day');
    expect(changeOf(3, 0, 'previous day', 'lower').text).toBe('none in the previous day');
    expect(changeOf(null, 4, 'previous day', 'lower').verdict).toBeNull();
  });
});
