import { describe, expect, it } from 'vitest';
import { readConsolePreferences } from './console-preferences';
import { nameMatches } from './name-search';
import { markerSince, seenStamp } from './new-since';
import { commandFor, SHORTCUTS } from './shortcuts';
import { EMPTY_TRIAGE, type DashboardCaller } from './types';

const LOOKED = Date.parse('2026-12-01T09:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function caller(arrived: number, changed: number | null = null): DashboardCaller {
  return {
    callId: 'c',
    rootCallId: 'c',
    teamId: 't',
    queueId: 'q',
    status: 'waiting',
    callType: 'video',
    name: 'Zoë Ann Smith',
    joinedAt: iso(arrived),
    arrivedAt: iso(arrived),
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: { ...EMPTY_TRIAGE, changedAt: changed === null ? null : iso(changed) },
  };
}

describe('markerSince (New and Changed since the person last looked)', () => {
  it('marks New only a caller who arrived after the last look', () => {
    expect(markerSince(caller(LOOKED + 1_000), LOOKED, undefined)).toBe('new');
    expect(markerSince(caller(LOOKED - 1_000), LOOKED, undefined)).toBeNull();
  });

  it('marks Changed a caller already there whose triage changed after the last look, not before', () => {
    expect(markerSince(caller(LOOKED - 60_000, LOOKED + 1_000), LOOKED, undefined)).toBe('changed');
    expect(markerSince(caller(LOOKED - 60_000, LOOKED - 1_000), LOOKED, undefined)).toBeNull();
  });

  it('clears the mark once selected, until the triage changes again', () => {
    const c = caller(LOOKED + 1_000);
    expect(markerSince(c, LOOKED, seenStamp(c))).toBeNull();
    expect(markerSince(caller(LOOKED + 1_000, LOOKED + 5_000), LOOKED, seenStamp(c))).toBe('changed');
  });
});

describe('readConsolePreferences', () => {
  it('reads last looks per team; a team never looked at counts from now; junk counts as unset', () => {
    const now = LOOKED + 3_600_000;
    const prefs = readConsolePreferences(
      { privacyMode: true, lastLooked: { a: iso(LOOKED) }, consoleFilters: { claim: 'bogus' } },
      ['a', 'b'],
      now,
    );
    expect(prefs).toEqual({ privacyMode: true, filters: null, lastLooked: { a: LOOKED, b: now } });
    expect(readConsolePreferences({ lastLooked: 'x' }, ['a'], now).lastLooked).toEqual({ a: now });
  });
});

describe('nameMatches', () => {
  it('needs every typed word somewhere in the name, ignoring case and accents', () => {
    expect(nameMatches('Zoë Ann Smith', 'zoe smi', false)).toBe(true);
    expect(nameMatches('Zoë Ann Smith', 'zoe jones', false)).toBe(false);
    expect(nameMatches(null, 'zoe', false)).toBe(false);
    expect(nameMatches(null, '  ', false)).toBe(true);
  });

  it('with names hidden matches initials only, never the hidden name', () => {
    expect(nameMatches('Zoë Ann Smith', 'Z. A.', true)).toBe(true);
    expect(nameMatches('Zoë Ann Smith', 'as', true)).toBe(true);
    expect(nameMatches('Zoë Ann Smith', 'smith', true)).toBe(false);
  });
});

describe('SHORTCUTS', () => {
  it('has one command per key, and undo and longest-waiting keys', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(commandFor('u')).toBe('undo');
    expect(commandFor('l')).toBe('longest');
    expect(commandFor('x')).toBeNull();
  });
});
