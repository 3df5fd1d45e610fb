import { describe, expect, it } from 'vitest';
import { dayFigures } from './day-figures';

const at = (time: string) => `2026-12-01T${time}Z`;

describe('the day review’s figures', () => {
  it('add up as the clock times on screen do', () => {
    // Booked 09:00–09:20; in from 09:02:40 to 09:23:50. Rounded one by one this read 20 / 21 / +4.
    const f = dayFigures({
      scheduledStart: at('09:00:00'),
      scheduledEnd: at('09:20:00'),
      actualStart: at('09:02:40'),
      actualEnd: at('09:23:50'),
    });
    expect(f).toEqual({ scheduledMinutes: 20, actualMinutes: 21, overrunMinutes: 3, lateStartMinutes: 2 });
    expect(f.overrunMinutes).toBe(f.lateStartMinutes! + f.actualMinutes! - f.scheduledMinutes);
  });

  it('counts an early finish as a negative overrun and knows nothing of a call that never ran', () => {
    expect(
      dayFigures({
        scheduledStart: at('10:00:00'),
        scheduledEnd: at('10:30:00'),
        actualStart: at('10:00:10'),
        actualEnd: at('10:21:59'),
      }),
    ).toMatchObject({ actualMinutes: 21, overrunMinutes: -9, lateStartMinutes: 0 });
    expect(
      dayFigures({ scheduledStart: at('10:00:00'), scheduledEnd: at('10:30:00'), actualStart: null, actualEnd: null }),
    ).toEqual({ scheduledMinutes: 30, actualMinutes: null, overrunMinutes: null, lateStartMinutes: null });
  });
});
