/** A session's times as the day review shows them (clock minutes), and the figures read from them. */
export interface DayFigures {
  /** Booked end minus booked start. */
  scheduledMinutes: number;
  /** Last person out minus first person in; null until the call happened. */
  actualMinutes: number | null;
  /** Actual end minus booked end: positive when it ran past its slot, negative when it ended early. */
  overrunMinutes: number | null;
  /** Actual start minus booked start. */
  lateStartMinutes: number | null;
}

const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/**
 * Every figure is a difference of the clock times on screen (each cut to its minute), so they add
 * up as a reader checks them: overrun = late start + actual − booked. Rounding each length on its
 * own gave "Booked 20 / Actual 21 / Overrun +4", which looked impossible.
 */
export function dayFigures(times: {
  scheduledStart: string;
  scheduledEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}): DayFigures {
  const { scheduledStart, scheduledEnd, actualStart, actualEnd } = times;
  return {
    scheduledMinutes: minute(scheduledEnd) - minute(scheduledStart),
    actualMinutes: actualStart && actualEnd ? minute(actualEnd) - minute(actualStart) : null,
    overrunMinutes: actualEnd ? minute(actualEnd) - minute(scheduledEnd) : null,
    lateStartMinutes: actualStart ? minute(actualStart) - minute(scheduledStart) : null,
  };
}
