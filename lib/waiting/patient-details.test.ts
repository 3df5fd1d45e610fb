import { describe, expect, it } from 'vitest';
import { initialsOf, parsePatientDetails } from './patient-details';

describe('parsePatientDetails', () => {
  it('reads the common field names from a JSON string', () => {
    const p = parsePatientDetails(
      JSON.stringify({
        name: 'Jane Citizen',
        mobile: '0400 000 000',
        medicareNumber: '2123 45670 1',
        dob: '1980-01-02',
        reason: 'Cough',
        pharmacy: 'Main St',
      }),
    );
    expect(p).toEqual({
      name: 'Jane Citizen',
      phone: '0400 000 000',
      medicareNumber: '2123 45670 1',
      dateOfBirth: '1980-01-02',
      reason: 'Cough',
      extra: { pharmacy: 'Main St' },
    });
  });

  it('joins first and last names, and survives malformed or missing details', () => {
    expect(parsePatientDetails({ firstName: 'Ana', lastName: 'Lee' }).name).toBe('Ana Lee');
    expect(parsePatientDetails('{not json').name).toBeNull();
    expect(parsePatientDetails(null).extra).toEqual({});
    expect(parsePatientDetails('[1,2]').name).toBeNull();
  });
});

describe('initialsOf', () => {
  it('masks a name to initials', () => {
    expect(initialsOf('jane mary citizen')).toBe('J. M. C.');
    expect(initialsOf(null)).toBe('?');
  });
});
