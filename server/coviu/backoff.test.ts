import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, serverRequestedDelay } from './backoff';

const NOW = Date.parse('2026-11-21T00:00:00Z');

describe('serverRequestedDelay', () => {
  it.each([
    [{ 'retry-after': '3' }, 3_000],
    [{ 'retry-after': 'Sat, 21 Nov 2026 00:00:05 GMT' }, 5_000],
    [{ ratelimit: 'limit=100, remaining=0, reset=7' }, 7_000],
    [{ ratelimit: '"default";r=0;t=4' }, 4_000],
    [{ 'ratelimit-reset': '2' }, 2_000],
    [{ 'x-ratelimit-reset': String(NOW / 1000 + 9) }, 9_000],
  ])('reads %j as %i ms', (headers, expected) => {
    expect(serverRequestedDelay(new Headers(headers), NOW)).toBe(expected);
  });

  it('prefers Retry-After and ignores nonsense', () => {
    expect(serverRequestedDelay(new Headers({ 'retry-after': '1', 'ratelimit-reset': '30' }), NOW)).toBe(1_000);
    expect(serverRequestedDelay(new Headers({ 'retry-after': 'soon' }), NOW)).toBeNull();
    expect(serverRequestedDelay(new Headers(), NOW)).toBeNull();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially under a cap, with full jitter', () => {
    const top = (attempt: number) => backoffDelay(attempt, DEFAULT_BACKOFF, () => 0.999999);
    expect(top(0)).toBe(249);
    expect(top(1)).toBe(499);
    expect(top(3)).toBe(1_999);
    expect(top(10)).toBe(4_999);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0)).toBe(0);
  });
});
