import { describe, expect, it } from 'vitest';
import type { ParticipantAttendance, SessionSummary } from '@/lib/sessions/types';
import { billableMinutes, roundToUnits } from './billable';

const T0 = Date.parse('2026-11-24T00:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * 60_000 + seconds * 1000).toISOString();

function person(role: ParticipantAttendance['role'], entry: string | null, exit: string | null): ParticipantAttendance {
  return {
    participantId: `${role}-${entry}`,
    role,
    entryTime: entry,
    exitTime: exit,
    leftReason: null,
    bandwidth: null,
  };
}

function summary(participants: ParticipantAttendance[], actual: [string, string] | null = null): SessionSummary {
  return {
    startTime: at(0),
    endTime: at(30),
    actualStartTime: actual?.[0] ?? null,
    actualEndTime: actual?.[1] ?? null,
    participants,
  };
}

describe('billable minutes', () => {
  it('counts only the overlap of host and guest, rounded up to whole minutes', () => {
    const s = summary([person('HOST', at(1), at(20)), person('GUEST', at(5, 30), at(21))]);
    const result = billableMinutes(s);
    expect(result.countedMs).toBe((14 * 60 + 30) * 1000);
    expect(result.minutes).toBe(15);
    expect(result.working).toBe(
      '14 min 30 s of time a host and a guest were both in the call, rounded up to whole minutes = 15 min',
    );
  });

  it('leaves an exact minute as it is and rounds one second past it up', () => {
    expect(billableMinutes(summary([person('HOST', at(0), at(10)), person('GUEST', at(0), at(10))])).minutes).toBe(10);
    expect(billableMinutes(summary([person('HOST', at(0), at(10, 1)), person('GUEST', at(0), at(11))])).minutes).toBe(
      11,
    );
  });

  it('bills nothing when no guest came, and says why', () => {
    const result = billableMinutes(summary([person('HOST', at(0), at(10)), person('GUEST', null, null)]));
    expect(result.minutes).toBe(0);
    expect(result.working).toMatch(/^Nothing billable/);
  });

  it('does not count a guest twice when two guests overlap, nor time between two hosts', () => {
    const s = summary([
      person('HOST', at(0), at(5)),
      person('HOST', at(10), at(20)),
      person('GUEST', at(0), at(15)),
      person('PARTICIPANT', at(2), at(18)),
    ]);
    const result = billableMinutes(s);
    // Hosts 0–5 and 10–20; guests 0–18 → 0–5 and 10–18 = 13 min.
    expect(result.countedMs).toBe(13 * 60_000);
    expect(result.intervals).toHaveLength(2);
    expect(result.working).toContain('(2 stretches)');
  });

  it('counts blocks of a unit with the chosen rounding', () => {
    const rule = (rounding: 'up' | 'down' | 'nearest') => ({ basis: 'overlap' as const, unitMinutes: 15, rounding });
    expect(roundToUnits(16 * 60_000, rule('up'))).toBe(30);
    expect(roundToUnits(16 * 60_000, rule('down'))).toBe(15);
    expect(roundToUnits(22.5 * 60_000, rule('nearest'))).toBe(30);
    expect(roundToUnits(22.4 * 60_000, rule('nearest'))).toBe(15);
    expect(roundToUnits(15 * 60_000, rule('up'))).toBe(15);
    const s = summary([person('HOST', at(0), at(16)), person('GUEST', at(0), at(16))]);
    expect(billableMinutes(s, rule('up')).working).toContain('rounded up to whole 15-minute units (2 × 15) = 30 min');
  });

  it('can count host time or the whole call instead', () => {
    const s = summary([person('HOST', at(0), at(12)), person('GUEST', at(3), at(8))], [at(0), at(14)]);
    expect(billableMinutes(s, { basis: 'host', unitMinutes: 1, rounding: 'up' }).minutes).toBe(12);
    expect(billableMinutes(s, { basis: 'call', unitMinutes: 1, rounding: 'up' }).minutes).toBe(14);
  });
});
