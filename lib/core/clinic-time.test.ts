import { describe, expect, it } from 'vitest';
import { addDays, clinicDay, clinicInstant, clinicParts } from './clinic-time';

const SYDNEY = 'Australia/Sydney';

describe('clinic time', () => {
  it('reads a Sydney wall-clock time in summer (UTC+11) and winter (UTC+10)', () => {
    expect(clinicInstant('2026-11-24', '09:30', SYDNEY)?.toISOString()).toBe('2026-11-23T22:30:00.000Z');
    expect(clinicInstant('2026-06-24', '09:30', SYDNEY)?.toISOString()).toBe('2026-06-23T23:30:00.000Z');
    expect(clinicInstant('2026-11-24', '09:30', 'Australia/Perth')?.toISOString()).toBe('2026-11-24T01:30:00.000Z');
  });

  it('refuses the hour skipped when daylight saving starts, and nonsense', () => {
    // Sydney skips 02:00–03:00 on 4 October 2026.
    expect(clinicInstant('2026-10-04', '02:30', SYDNEY)).toBeNull();
    expect(clinicInstant('2026-10-04', '03:00', SYDNEY)?.toISOString()).toBe('2026-10-03T16:00:00.000Z');
    expect(clinicInstant('2026-02-30', '09:00', SYDNEY)).toBeNull();
    expect(clinicInstant('2026-11-24', '24:00', SYDNEY)).toBeNull();
    expect(clinicInstant('24/11/2026', '09:00', SYDNEY)).toBeNull();
  });

  it('round-trips parts and knows that daylight-saving days are 23 and 25 hours long', () => {
    const instant = clinicInstant('2026-11-24', '17:05', SYDNEY)!;
    expect(clinicParts(instant, SYDNEY)).toEqual({ date: '2026-11-24', time: '17:05' });
    const spring = clinicDay('2026-10-04', SYDNEY)!;
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = clinicDay('2026-04-05', SYDNEY)!;
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
