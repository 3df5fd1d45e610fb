import { describe, expect, it } from 'vitest';
import { claimedEmail, emailUnverified, mergeClaims, needsUserinfo, staleSignIn } from './claims';

const id = { iss: 'https://idp.example', sub: 'abc', auth_time: 1_000 };

describe('single sign-on claims', () => {
  it('asks userinfo only when the ID token does not carry an email', () => {
    expect(needsUserinfo(id)).toBe(true);
    expect(needsUserinfo({ ...id, email: '' })).toBe(true);
    expect(needsUserinfo({ ...id, email: 'a@b.example' })).toBe(false);
  });

  it('fills gaps from userinfo, but the ID token decides issuer, subject and sign-in time', () => {
    const merged = mergeClaims(
      { ...id, name: 'From token' },
      {
        sub: 'abc',
        iss: 'https://evil.example',
        auth_time: 9_999,
        email: 'nina@clinic.example',
        email_verified: true,
        name: 'From userinfo',
      },
    );
    expect(merged).toMatchObject({
      iss: id.iss,
      sub: 'abc',
      auth_time: 1_000,
      email: 'nina@clinic.example',
      name: 'From token',
    });
    expect(mergeClaims({ iss: id.iss, sub: 'abc' }, { auth_time: 5 }).auth_time).toBeUndefined();
  });

  it('matches on email, or on an Entra sign-in name that is an address, lower-cased', () => {
    const entra = { iss: 'https://login.microsoftonline.com/tenant/v2.0', sub: 'abc' };
    expect(claimedEmail({ ...id, email: ' Nina@Clinic.Example ' })).toBe('nina@clinic.example');
    expect(claimedEmail({ ...entra, preferred_username: 'Sam@Clinic.Example' })).toBe('sam@clinic.example');
    expect(claimedEmail({ ...entra, preferred_username: 'sam' })).toBeNull();
    // Elsewhere a username may be one the person chose.
    expect(claimedEmail({ ...id, preferred_username: 'sam@clinic.example' })).toBeNull();
  });

  it('refuses only an explicit "not verified": a missing claim (Entra) is allowed', () => {
    expect(emailUnverified({ ...id, email_verified: false })).toBe(true);
    expect(emailUnverified({ ...id, email_verified: 'false' })).toBe(true);
    expect(emailUnverified({ ...id, email_verified: true })).toBe(false);
    expect(emailUnverified(id)).toBe(false);
  });

  it('calls a provider sign-in stale when older than asked for at issue, or undated when a date was asked for', () => {
    expect(staleSignIn({ ...id, auth_time: 1_000, iat: 1_120 }, 0, 5_000)).toBe(false);
    expect(staleSignIn({ ...id, auth_time: 1_000, iat: 1_121 }, 0, 5_000)).toBe(true);
    expect(staleSignIn({ ...id, auth_time: 1_000, iat: 4_000 }, 3_600, 4_000)).toBe(false);
    expect(staleSignIn({ ...id, auth_time: 1_000, iat: 1_200 }, null, 99_999)).toBe(false);
    expect(staleSignIn({ iss: id.iss, sub: 'abc' }, 0, 99_999)).toBe(true);
    expect(staleSignIn({ iss: id.iss, sub: 'abc' }, null, 99_999)).toBe(false);
  });
});
