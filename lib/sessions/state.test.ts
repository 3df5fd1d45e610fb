import { describe, expect, it } from 'vitest';
import { permissionsFor } from './rules';
import { deriveSessionState } from './state';

const START = Date.parse('2026-11-24T00:00:00Z');
const END = START + 30 * 60_000;
const base = {
  startTime: new Date(START).toISOString(),
  endTime: new Date(END).toISOString(),
  actualStartTime: null,
  actualEndTime: null,
  canceledAt: null,
};

describe('session state (API-NOTES §4)', () => {
  it('is upcoming until the booked start, in progress from it until the end inclusive, finished after', () => {
    expect(deriveSessionState(base, START - 1)).toBe('upcoming');
    expect(deriveSessionState(base, START)).toBe('in-progress');
    expect(deriveSessionState(base, END)).toBe('in-progress');
    expect(deriveSessionState(base, END + 1)).toBe('finished');
  });

  it('is in progress early when the host has already started the call', () => {
    expect(deriveSessionState({ ...base, actualStartTime: new Date(START - 60_000).toISOString() }, START - 1)).toBe(
      'in-progress',
    );
  });

  it('is finished as soon as the last participant has left, even inside the window', () => {
    expect(
      deriveSessionState({ ...base, actualEndTime: new Date(START + 60_000).toISOString() }, START + 120_000),
    ).toBe('finished');
  });

  it('is cancelled whatever the times say', () => {
    expect(deriveSessionState({ ...base, canceledAt: new Date(START - 1000).toISOString() }, END + 1)).toBe(
      'cancelled',
    );
  });

  it('allows cancelling only before the start, and nothing but viewing once finished', () => {
    expect(permissionsFor('upcoming').cancel).toBeNull();
    expect(permissionsFor('in-progress').cancel).toMatch(/already started/);
    expect(permissionsFor('in-progress').addParticipant).toBeNull();
    expect(permissionsFor('finished').addParticipant).toBe('This session has finished, so nobody can be added to it.');
    expect(permissionsFor('finished').removeParticipant).toMatch(/finished/);
    expect(permissionsFor('cancelled').reschedule).toMatch(/cancelled/);
  });
});
