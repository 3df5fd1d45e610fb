import { describe, expect, it } from 'vitest';
import { clinicClock } from './clock';

describe("the display's clock", () => {
  it("shows the clinic's time and zone, standard and daylight saving", () => {
    expect(clinicClock(Date.parse('2026-07-01T23:41:00Z'), 'Australia/Sydney')).toBe('9:41 am AEST');
    expect(clinicClock(Date.parse('2026-12-01T04:05:00Z'), 'Australia/Sydney')).toBe('3:05 pm AEDT');
    expect(clinicClock(Date.parse('2026-12-01T04:05:00Z'), 'Australia/Perth')).toBe('12:05 pm AWST');
  });
});
