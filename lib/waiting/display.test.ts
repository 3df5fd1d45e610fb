import { describe, expect, it } from 'vitest';
import { forDisplay, initials } from './display';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';

describe('what a wall display shows', () => {
  it('shows initials, and drops notes, claims and admission links', () => {
    const caller: DashboardCaller = {
      callId: 'c',
      rootCallId: 'c',
      teamId: 't',
      queueId: 'q',
      status: 'waiting',
      callType: 'video',
      name: 'summer  Hammes-Lee',
      joinedAt: '2026-11-21T00:00:00Z',
      arrivedAt: '2026-11-21T00:00:00Z',
      answeredAt: null,
      onHoldAt: null,
      endedAt: null,
      triage: {
        ...EMPTY_TRIAGE,
        priority: 2,
        note: 'allergic to penicillin',
        claimedBy: { id: 'u', name: 'Riley' },
        admission: {
          mode: 'room',
          practitioner: { id: 'p', name: 'Dr P' },
          admittedAt: '',
          admittedBy: 'u',
          hostUrl: 'https://h',
          guestUrl: 'https://g',
          joinedAt: null,
        },
        version: 4,
      },
    };
    const shown = forDisplay(caller, 'initials');
    expect(shown.name).toBe('S. H.');
    expect(shown.triage).toEqual({ ...EMPTY_TRIAGE, priority: 2, version: 4 });
    expect(JSON.stringify(shown)).not.toMatch(/penicillin|https:\/\/g|Riley|Summer/i);
    expect(forDisplay(caller, 'full').name).toBe(caller.name);
    expect(initials(null)).toBe('—');
  });
});
