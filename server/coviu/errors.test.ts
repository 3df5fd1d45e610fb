import { describe, expect, it } from 'vitest';
import { CoviuError, isCoviuError } from './errors';

describe('isCoviuError', () => {
  it('recognises a CoviuError from another copy of the module (another Next bundle) by its brand', () => {
    const foreign = Object.assign(new Error('from another bundle'), {
      [Symbol.for('waitboard.CoviuError')]: true,
      code: 'not_found',
    });
    expect(isCoviuError(foreign)).toBe(true);
    expect(isCoviuError(new CoviuError('timeout', { operation: 'x' }))).toBe(true);
    expect(isCoviuError(new Error('plain'))).toBe(false);
    expect(isCoviuError(null)).toBe(false);
  });
});
