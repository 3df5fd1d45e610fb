import { describe, expect, it } from 'vitest';
import { cancelSummary, clinicWhen, removeSummary } from './confirm-summaries';

const TZ = 'Australia/Sydney';
// 10:00 on Wed 2 Dec 2026 in Sydney (AEDT, UTC+11).
const session = {
  name: 'Follow-up',
  startTime: '2026-12-01T23:00:00.000Z',
  endTime: '2026-12-01T23:45:00.000Z',
  participants: 2,
};

describe('confirmation summaries', () => {
  it('says when in the clinic’s calendar, not the server’s', () => {
    expect(clinicWhen(session.startTime, TZ)).toBe('Wed 2 Dec at 10:00 am');
    expect(clinicWhen(session.startTime, 'Australia/Perth')).toBe('Wed 2 Dec at 7:00 am');
    expect(clinicWhen('2026-12-02T03:05:00.000Z', TZ)).toBe('Wed 2 Dec at 2:05 pm');
  });

  it('cancel: length, name, time, people, and that it is final', () => {
    expect(cancelSummary(session, TZ)).toBe(
      "Cancel the 45-minute session 'Follow-up' on Wed 2 Dec at 10:00 am (clinic time) with 2 participants. It cannot be undone.",
    );
    expect(cancelSummary({ ...session, name: null, participants: 1 }, TZ)).toBe(
      'Cancel the 45-minute session (no name) on Wed 2 Dec at 10:00 am (clinic time) with 1 participant. It cannot be undone.',
    );
  });

  it('remove: who, in which role, from which session', () => {
    expect(removeSummary({ name: 'S. J.', role: 'GUEST' }, session, TZ)).toBe(
      "Remove S. J. (guest) from the 45-minute session 'Follow-up' on Wed 2 Dec at 10:00 am (clinic time). " +
        'Their entry link stops working; to bring them back, add them again and send the new link.',
    );
    expect(removeSummary({ name: 'Dr Pat Practitioner', role: 'HOST' }, session, TZ)).toContain(
      'Remove Dr Pat Practitioner (host) from',
    );
  });
});
