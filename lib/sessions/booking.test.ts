import { describe, expect, it } from 'vitest';
import { bookingInput } from '@/lib/sessions/schemas';
import { checkBookingTimes, checkRescheduleTimes, fromFeatureFlags, TIME_RULES, toFeatureFlags } from './booking';

const NOW = 1_000_000;

describe('booking rules', () => {
  it('wants a start in the future and an end after it, at the boundaries', () => {
    expect(checkBookingTimes(NOW, NOW + 60_000, NOW)).toBe(TIME_RULES.startInPast);
    expect(checkBookingTimes(NOW + 1, NOW + 1, NOW)).toBe(TIME_RULES.endBeforeStart);
    expect(checkBookingTimes(NOW + 1, NOW + 2, NOW)).toBeNull();
  });

  it('lets a started session move only its end, and only into the future', () => {
    const current = { start: NOW - 60_000, end: NOW + 60_000 };
    expect(checkRescheduleTimes(current, { start: NOW + 5_000, end: NOW + 90_000 }, true, NOW)).toBe(
      TIME_RULES.startedStart,
    );
    expect(checkRescheduleTimes(current, { start: current.start, end: NOW + 90_000 }, true, NOW)).toBeNull();
    expect(checkRescheduleTimes(current, { start: current.start, end: NOW }, true, NOW)).toBe(TIME_RULES.endInPast);
    expect(checkRescheduleTimes({ start: NOW + 10, end: NOW + 20 }, { start: NOW, end: NOW + 20 }, false, NOW)).toBe(
      TIME_RULES.startInPast,
    );
  });

  it('turns options into Coviu feature flags and back', () => {
    const options = { singleUseLinks: true, hideMenu: true, exitUrl: 'https://clinic.example/thanks' };
    const flags = toFeatureFlags(options);
    expect(flags).toEqual([
      'session;enforce-participant-uniqueness',
      'customisation;disable-menu',
      'customisation;exit-url;https://clinic.example/thanks',
    ]);
    expect(fromFeatureFlags(flags)).toEqual(options);
    expect(toFeatureFlags({ singleUseLinks: false, hideMenu: false })).toEqual([]);
  });

  it('refuses a booking with no host, too many people or a bad phone, saying what to fix', () => {
    const base = {
      name: 'Consult',
      when: { kind: 'now' },
      durationMinutes: 20,
      hostIds: [crypto.randomUUID()],
      guests: [{ name: 'Pat' }],
    };
    expect(bookingInput.safeParse(base).success).toBe(true);
    const noHost = bookingInput.safeParse({ ...base, hostIds: [] });
    expect(noHost.error?.issues[0]?.message).toBe('Choose at least one host.');
    const crowd = bookingInput.safeParse({ ...base, guests: Array.from({ length: 6 }, (_, i) => ({ name: `G${i}` })) });
    expect(crowd.error?.issues[0]?.message).toBe('A session can have at most 6 people.');
    const phone = bookingInput.safeParse({ ...base, guests: [{ name: 'Pat', phone: 'call me' }] });
    expect(phone.error?.issues[0]?.message).toMatch(/phone number/);
    const blankPhone = bookingInput.safeParse({ ...base, guests: [{ name: 'Pat', phone: '', email: '' }] });
    expect(blankPhone.success).toBe(true);
  });
});
