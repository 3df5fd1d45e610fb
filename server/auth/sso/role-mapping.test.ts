import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../env';
import { ssoConfig } from './config';
import { mappedAccess, type RoleMapping, sameAccess } from './role-mapping';

const A = '3f2b6c1e-8d4a-4c3b-9e7f-0a1b2c3d4e5f';
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const mapping: RoleMapping = {
  claim: 'roles',
  map: {
    'Waitboard.Reception': { role: 'receptionist', teamIds: [B] },
    'Waitboard.Practitioner': { role: 'practitioner', teamIds: [A] },
    'Waitboard.Manager': { role: 'manager', teamIds: [A] },
    'Waitboard.Admin': { role: 'admin', teamIds: [] },
  },
};

function problem(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('mapping a provider’s role claim to a Waitboard role and clinics', () => {
  it('reads one string or an array of strings, and ignores values that are not strings', () => {
    expect(mappedAccess({ roles: 'Waitboard.Reception' }, mapping)).toEqual({ role: 'receptionist', teamIds: [B] });
    expect(mappedAccess({ roles: ['Other', 'Waitboard.Reception'] }, mapping)).toEqual({
      role: 'receptionist',
      teamIds: [B],
    });
    expect(mappedAccess({ roles: [42, { role: 'admin' }] }, mapping)).toBeNull();
  });

  it('gives nothing when no value is mapped, the claim is missing, or only another claim has the value', () => {
    expect(mappedAccess({ roles: ['Other'] }, mapping)).toBeNull();
    expect(mappedAccess({}, mapping)).toBeNull();
    expect(mappedAccess({ groups: ['Waitboard.Admin'] }, mapping)).toBeNull();
    // A value named like an object's own property is not a mapping.
    expect(mappedAccess({ roles: ['constructor', 'toString'] }, mapping)).toBeNull();
  });

  it('lets the highest role win and gives the clinics of every matching value', () => {
    expect(mappedAccess({ roles: ['Waitboard.Manager', 'Waitboard.Reception'] }, mapping)).toEqual({
      role: 'manager',
      teamIds: [A, B].sort(),
    });
    expect(mappedAccess({ roles: ['Waitboard.Reception', 'Waitboard.Practitioner'] }, mapping)).toEqual({
      role: 'practitioner',
      teamIds: [A, B].sort(),
    });
    expect(mappedAccess({ roles: ['Waitboard.Reception', 'Waitboard.Admin', 'Waitboard.Manager'] }, mapping)).toEqual({
      role: 'admin',
      teamIds: [A, B].sort(),
    });
    expect(mappedAccess({ roles: ['Waitboard.Manager', 'Waitboard.Practitioner'] }, mapping)!.teamIds).toEqual([A]);
  });

  it('compares an account’s access with the mapped one whatever the order of its clinics', () => {
    const mapped = mappedAccess({ roles: ['Waitboard.Manager', 'Waitboard.Reception'] }, mapping)!;
    expect(sameAccess({ role: 'manager', teamIds: [B, A] }, mapped)).toBe(true);
    expect(sameAccess({ role: 'manager', teamIds: [A] }, mapped)).toBe(false);
    expect(sameAccess({ role: 'receptionist', teamIds: [A, B] }, mapped)).toBe(false);
  });
});

describe('configuring the role mapping', () => {
  const map = JSON.stringify({
    'Waitboard.Reception': { role: 'receptionist', teams: [A.toUpperCase(), A] },
    'Waitboard.Admin': { role: 'admin' },
  });

  it('is off unless both variables are set, and reads the map with clinic ids lower-cased', () => {
    expect(parseEnv({}).OIDC_ROLE_MAP).toBeUndefined();
    const e = parseEnv({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: map });
    expect(e.OIDC_ROLE_MAP).toEqual({
      'Waitboard.Reception': { role: 'receptionist', teamIds: [A] },
      'Waitboard.Admin': { role: 'admin', teamIds: [] },
    });
    expect(problem({ OIDC_ROLE_CLAIM: 'roles' })).toMatch(/OIDC_ROLE_MAP: set both OIDC_ROLE_CLAIM and OIDC_ROLE_MAP/);
    expect(problem({ OIDC_ROLE_MAP: map })).toMatch(/OIDC_ROLE_CLAIM: set both/);
  });

  it('gives the mapping to single sign-on only when single sign-on is on', () => {
    const sso = { OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' };
    const config = (source: Record<string, string>) => ssoConfig(parseEnv(source));
    expect(config(sso)!.roleMapping).toBeNull();
    expect(config({ ...sso, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: map })!.roleMapping).toMatchObject({
      claim: 'groups',
      map: { 'Waitboard.Admin': { role: 'admin', teamIds: [] } },
    });
  });

  it('refuses a bad map naming the variable, without echoing what was given', () => {
    const broken = problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: '{"secret-ish": ' });
    expect(broken).toMatch(/^Invalid configuration: OIDC_ROLE_MAP: give a JSON object/);
    expect(broken).not.toContain('secret-ish');
    const role = JSON.stringify({ X: { role: 'superuser', teams: [] } });
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: role })).toMatch(/OIDC_ROLE_MAP\.X\.role: give a role/);
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: role })).not.toContain('superuser');
    const team = JSON.stringify({ X: { role: 'manager', teams: ['clinic-one'] } });
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: team })).toMatch(/OIDC_ROLE_MAP\.X\.teams\.0: /);
    const typo = JSON.stringify({ X: { role: 'manager', clinics: [A] } });
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: typo })).toMatch(/OIDC_ROLE_MAP\.X: /);
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: '{}' })).toMatch(/OIDC_ROLE_MAP: map at least one/);
    expect(problem({ OIDC_ROLE_CLAIM: 'roles', OIDC_ROLE_MAP: '["a"]' })).toMatch(/OIDC_ROLE_MAP: /);
  });
});
