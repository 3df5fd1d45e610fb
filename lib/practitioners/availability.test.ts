import { describe, expect, it } from 'vitest';
import {
  availabilityText,
  byAvailability,
  countAvailable,
  deriveConsult,
  effectiveAvailability,
  type OpenAdmission,
} from './availability';
import { AVAILABILITY_LABEL } from './types';

const time = (iso: string) => iso.slice(11, 16);
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('deriveConsult: what Waitboard knows a practitioner is doing', () => {
  it('a room admission to them is a consult with the caller named by initials only', () => {
    const admissions: OpenAdmission[] = [{ practitionerId: A, mode: 'room', callerName: 'Jane Smith' }];
    expect(deriveConsult(A, admissions, [], time)).toEqual({ kind: 'room', label: 'room with J. S.' });
    expect(deriveConsult(B, admissions, [], time)).toBeNull();
  });

  it('a route admission says they are joining the caller in Coviu', () => {
    const admissions: OpenAdmission[] = [{ practitionerId: A, mode: 'route', callerName: null }];
    expect(deriveConsult(A, admissions, [], time)?.label).toBe('joining ? in Coviu');
  });

  it('a session they host on now counts, with its end', () => {
    const sessions = [{ hostIds: [B], endTime: '2026-12-01T10:30:00.000Z' }];
    expect(deriveConsult(B, [], sessions, time)).toEqual({ kind: 'session', label: 'session until 10:30' });
    expect(deriveConsult(A, [], sessions, time)).toBeNull();
  });

  it('an admission wins over a session (it is the more recent knowledge)', () => {
    const d = deriveConsult(
      A,
      [{ practitionerId: A, mode: 'room', callerName: 'Al Bo' }],
      [{ hostIds: [A], endTime: '' }],
      time,
    );
    expect(d?.kind).toBe('room');
  });
});

describe('effective availability', () => {
  it('derived "in a consult" wins over any state set by hand, and reads apart from it', () => {
    const derived = { kind: 'room' as const, label: 'room with J. S.' };
    for (const manual of ['available', 'away', 'off'] as const)
      expect(effectiveAvailability(manual, derived)).toBe('in_consult');
    expect(effectiveAvailability('away', null)).toBe('away');
    expect(availabilityText({ availability: 'in_consult', derived }, AVAILABILITY_LABEL)).toBe(
      'In a consult (room with J. S.)',
    );
    expect(availabilityText({ availability: 'in_consult', derived: null }, AVAILABILITY_LABEL)).toBe('In a consult');
  });

  it('counts only active entries that are available now', () => {
    const list = [
      { availability: 'available' as const, active: true },
      { availability: 'available' as const, active: false },
      { availability: 'in_consult' as const, active: true },
      { availability: 'off' as const, active: true },
    ];
    expect(countAvailable(list)).toEqual({ available: 1, total: 3 });
  });

  it('orders available first, then in a consult, away, off, inactive last; by name within', () => {
    const list = [
      { name: 'Zed', availability: 'available' as const, active: false },
      { name: 'Off', availability: 'off' as const, active: true },
      { name: 'Bea', availability: 'available' as const, active: true },
      { name: 'Away', availability: 'away' as const, active: true },
      { name: 'Al', availability: 'available' as const, active: true },
      { name: 'Busy', availability: 'in_consult' as const, active: true },
    ];
    expect(byAvailability(list).map((p) => p.name)).toEqual(['Al', 'Bea', 'Busy', 'Away', 'Off', 'Zed']);
  });
});
