import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingInput } from '../sessions/schemas';
import { teamSettingsInput } from '../settings/schema';
import { newTeam, newUser } from '../staff/schemas';
import { triageAction } from '../waiting/triage-action';
import { cleanDeep, cleanText, isStorable, unstorablePath } from './text';

describe('text the database can store', () => {
  it('tells NUL and lone surrogates from well-formed text', () => {
    expect(isStorable('Jane Citizen 😀')).toBe(true);
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00', '\ude00😀', '😀\ud83d']) expect(isStorable(bad)).toBe(false);
  });

  it('cleans any string into storable text and leaves storable text alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const clean = cleanText(s);
        expect(isStorable(clean)).toBe(true);
        if (isStorable(s)) expect(clean).toBe(s);
      }),
    );
    expect(cleanText('Fuzz\u0000Caller\ud800')).toBe('FuzzCaller\ufffd');
  });

  it('cleans keys and values at any depth, and finds the first bad place', () => {
    const value = { ok: 'x', list: [{ ['k\u0000']: 'a\ud800' }] };
    expect(cleanDeep(value)).toEqual({ ok: 'x', list: [{ k: 'a\ufffd' }] });
    expect(unstorablePath(value)).toEqual(['list', 0, 'k\u0000']);
    expect(unstorablePath({ a: [1, 'b', { c: 'd\u0000' }] })).toEqual(['a', 2, 'c']);
    expect(unstorablePath(cleanDeep(value))).toBeNull();
  });
});

describe('our API schemas refuse unstorable text and name the field', () => {
  const refusedAt = (
    schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[] }[] } } },
    v: unknown,
  ) => schema.safeParse(v).error?.issues.map((i) => i.path.join('.'));

  it('in a note, a queue, a team, a person and a booking', () => {
    expect(refusedAt(triageAction, { type: 'note', note: 'late\u0000' })).toEqual(['note']);
    expect(refusedAt(triageAction, { type: 'reassign', queueId: '\ud800' })).toEqual(['queueId']);
    expect(refusedAt(newTeam, { id: 't\u0000', name: 'Clinic', timezone: 'UTC' })).toEqual(['id']);
    expect(refusedAt(newUser, { email: 'a@example.com', name: 'x\udc00', role: 'admin' })).toEqual(['name']);
    const booking = {
      name: 'Check-up',
      when: { kind: 'now' },
      durationMinutes: 15,
      hostIds: ['7d1c0a52-6a1f-4d1e-9a55-1b5f5c0f1a01'],
      guests: [{ name: 'Guest\u0000' }],
      options: { exitUrl: 'https://example.com/\u0000' },
    };
    expect(refusedAt(bookingInput, booking)).toEqual(['guests.0.name', 'options.exitUrl']);
  });

  it('in a settings key', () => {
    const refused = refusedAt(teamSettingsInput, { thresholds: { queues: { ['q\u0000']: {} } } }) ?? [];
    expect(refused).toContain('thresholds.queues.q\u0000');
  });
});
