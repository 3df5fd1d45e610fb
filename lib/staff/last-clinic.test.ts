import { describe, expect, it } from 'vitest';
import { lastClinicOf, openingClinic } from './last-clinic';

describe('the clinic a page opens on', () => {
  const teams = [{ id: 'a' }, { id: 'b' }];

  it('is the last one chosen when the page offers it', () => {
    expect(openingClinic(teams, lastClinicOf({ lastClinic: 'b' }))).toBe('b');
  });

  it('falls back to the first offered when nothing usable is remembered', () => {
    expect(openingClinic(teams, lastClinicOf({}))).toBe('a');
    expect(openingClinic(teams, lastClinicOf({ lastClinic: 42 }))).toBe('a');
    expect(openingClinic(teams, 'left-this-clinic')).toBe('a');
    expect(openingClinic([], 'b')).toBe('');
  });
});
