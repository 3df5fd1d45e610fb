import { describe, expect, it } from 'vitest';
import { timeAxis } from './time-axis';

const at = (iso: string) => Date.parse(iso);

describe('timeAxis', () => {
  it('puts round clinic times on a 20-minute consult and widens the span to them', () => {
    // 10:03–10:24 in Sydney (UTC+11 in December).
    const axis = timeAxis(at('2026-12-01T23:03:00Z'), at('2026-12-01T23:24:00Z'), 'Australia/Sydney');
    expect(axis.ticks.map((t) => t.label)).toEqual(['10:00', '10:05', '10:10', '10:15', '10:20', '10:25']);
    expect(axis.from).toBe(at('2026-12-01T23:00:00Z'));
    expect(axis.to).toBe(at('2026-12-01T23:25:00Z'));
  });

  it('labels ticks in the clinic’s zone, half-hour offsets included', () => {
    // 10:40–15:20 in Adelaide (UTC+10:30 in December): hourly ticks fall on :30 UTC.
    const axis = timeAxis(at('2026-12-01T00:10:00Z'), at('2026-12-01T04:50:00Z'), 'Australia/Adelaide');
    expect(axis.ticks.map((t) => t.label)).toEqual(['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    expect(new Date(axis.ticks[0]!.at).toISOString()).toBe('2026-11-30T23:30:00.000Z');
  });

  it('never gives more ticks than asked, nor fewer than two', () => {
    for (const minutes of [1, 7, 33, 95, 400, 720]) {
      const start = at('2026-12-01T01:07:00Z');
      const axis = timeAxis(start, start + minutes * 60_000, 'Australia/Perth');
      expect(axis.ticks.length).toBeLessThanOrEqual(8);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.from).toBeLessThanOrEqual(start);
      expect(axis.to).toBeGreaterThanOrEqual(start + minutes * 60_000);
    }
  });
});
