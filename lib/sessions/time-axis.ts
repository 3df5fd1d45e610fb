import { clinicParts } from '../core/clinic-time';

const MINUTE = 60_000;
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180];

export interface TimeAxis {
  from: number;
  to: number;
  ticks: { at: number; label: string }[];
}

function localMinutes(at: number, timeZone: string): number {
  const [h, m] = clinicParts(at, timeZone).time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Instants in [from, to] whose clinic wall-clock minute is a multiple of `step`. */
function ticksBetween(from: number, to: number, step: number, timeZone: string): number[] {
  // Zone offsets are whole quarter hours, so local multiples of 5 minutes fall on UTC multiples of 5.
  const grain = (step % 5 === 0 ? 5 : 1) * MINUTE;
  const found: number[] = [];
  for (let at = Math.ceil(from / grain) * grain; at <= to; at += grain) {
    if (localMinutes(at, timeZone) % step === 0) found.push(at);
  }
  return found;
}

/**
 * An axis for a time span in the clinic's zone: 3 to 7 ticks on round wall-clock times (every 5,
 * 10, 15 min…), with the span widened to the ticks either side so every bar sits between labels.
 */
export function timeAxis(start: number, end: number, timeZone: string, maxTicks = 7): TimeAxis {
  const span = Math.max(MINUTE, end - start);
  const step = STEPS.find((s) => span / (s * MINUTE) <= maxTicks - 1) ?? STEPS[STEPS.length - 1]!;
  const around = ticksBetween(start - step * MINUTE, end + step * MINUTE, step, timeZone);
  const from = Math.max(...around.filter((t) => t <= start), start - step * MINUTE);
  const to = Math.min(...around.filter((t) => t >= end), end + step * MINUTE);
  const ticks = around.filter((t) => t >= from && t <= to).map((at) => ({ at, label: clinicParts(at, timeZone).time }));
  return { from, to, ticks };
}
