import { describe, expect, it } from 'vitest';
import { TIME_RULES } from './booking';
import { bookingProblems, byField, fieldOfPath, problemsFromRefusal } from './booking-problems';

const HOST = '6f1c1d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f';
const NOW = Date.parse('2026-12-01T00:00:00Z');
const draft = (over: Record<string, unknown> = {}) => ({
  name: 'Consultation',
  when: { kind: 'scheduled', date: '2026-12-02', time: '09:00' },
  durationMinutes: 20,
  hostIds: [HOST],
  guests: [{ name: 'Sam', phone: '', email: '' }],
  options: { singleUseLinks: false, hideMenu: false, exitUrl: '' },
  ...over,
});
const when = { kind: 'scheduled', date: '2026-12-02', time: '09:00' };

describe('booking problems against their fields', () => {
  it('finds nothing wrong with a good booking', () => {
    expect(bookingProblems(draft(), when, 20, 'Australia/Sydney', NOW)).toEqual([]);
  });

  it('puts each schema problem on its own field', () => {
    const problems = bookingProblems(
      draft({ name: ' ', hostIds: [], guests: [{ name: 'Sam', phone: '12', email: 'nope' }] }),
      when,
      20,
      'Australia/Sydney',
      NOW,
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'hosts', 'guest.0.phone', 'guest.0.email']);
    expect(byField(problems)['guest.0.phone']).toMatch(/phone number/);
  });

  it('puts a start in the past on the time and an impossible time too', () => {
    const past = { ...when, date: '2026-11-30' };
    expect(bookingProblems(draft({ when: past }), past, 20, 'Australia/Sydney', NOW)).toEqual([
      { field: 'time', message: TIME_RULES.startInPast },
    ]);
    // 02:30 on the morning Sydney's clocks go forward does not exist.
    const skipped = { ...when, date: '2027-10-03', time: '02:30' };
    expect(bookingProblems(draft({ when: skipped }), skipped, 20, 'Australia/Sydney', NOW)).toEqual([
      { field: 'time', message: TIME_RULES.noSuchTime },
    ]);
  });

  it('reads the server’s refusals back onto fields', () => {
    expect(problemsFromRefusal('invalid_times', TIME_RULES.startInPast)).toEqual([
      { field: 'time', message: TIME_RULES.startInPast },
    ]);
    expect(problemsFromRefusal('bad_request', 'guests.1.name: Enter the guest’s name.; when: Invalid input')).toEqual([
      { field: 'guest.1.name', message: 'Enter the guest’s name.' },
      { field: 'time', message: 'Invalid input' },
    ]);
    expect(problemsFromRefusal('upstream_unavailable', 'Coviu is not answering.')[0]!.field).toBe('form');
    expect(fieldOfPath(['options', 'exitUrl'])).toBe('exitUrl');
  });
});
