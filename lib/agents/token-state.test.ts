import { describe, expect, it } from 'vitest';
import { byState, endsSoon, expiryDate, tokenState } from './token-state';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const token = (expiresAt: string, revokedAt: string | null = null, createdAt = '2026-11-01T00:00:00Z') => ({
  expiresAt,
  revokedAt,
  createdAt,
});

describe('agent token state', () => {
  it('is active until the instant it expires, then expired; revoked whatever its expiry', () => {
    expect(tokenState(token('2026-12-01T00:00:01Z'), NOW)).toBe('active');
    expect(tokenState(token('2026-12-01T00:00:00Z'), NOW)).toBe('expired');
    expect(tokenState(token('2026-12-31T00:00:00Z', '2026-11-30T00:00:00Z'), NOW)).toBe('revoked');
    expect(tokenState(token('2026-11-02T00:00:00Z', '2026-11-01T12:00:00Z'), NOW)).toBe('revoked');
  });

  it('lists working tokens first, newest first within each group', () => {
    const old = token('2026-12-30T00:00:00Z', null, '2026-10-01T00:00:00Z');
    const fresh = token('2026-12-30T00:00:00Z', null, '2026-11-20T00:00:00Z');
    const stopped = token('2026-11-30T00:00:00Z', null, '2026-11-25T00:00:00Z');
    expect(byState([stopped, old, fresh], NOW)).toEqual([fresh, old, stopped]);
  });

  it('gives the expiry day for 1 to 90 days only', () => {
    expect(expiryDate(30, NOW)?.toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(expiryDate(90, NOW)).not.toBeNull();
    for (const days of [0, 91, 1.5, Number.NaN]) expect(expiryDate(days, NOW)).toBeNull();
  });

  it('says how many days are left only in a token’s last week', () => {
    expect(endsSoon('2026-12-01T00:00:01Z', NOW)).toBe(1);
    expect(endsSoon('2026-12-04T12:00:00Z', NOW)).toBe(4);
    expect(endsSoon('2026-12-08T00:00:00Z', NOW)).toBe(7);
    expect(endsSoon('2026-12-08T00:00:01Z', NOW)).toBeNull();
    expect(endsSoon('2026-11-30T00:00:00Z', NOW)).toBeNull();
  });
});
