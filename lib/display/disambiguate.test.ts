import { describe, expect, it } from 'vitest';
import { displayLabels } from './disambiguate';

const caller = (callId: string, name: string | null, arrivedAt: string) => ({ callId, name, arrivedAt });

describe('labels on the wall display', () => {
  it('numbers callers who share initials by first arrival, and leaves everyone else as they are', () => {
    const labels = displayLabels([
      caller('c3', 'K. K.', '2026-12-01T09:20:00Z'),
      caller('a1', 'K. K.', '2026-12-01T09:05:00Z'),
      caller('b2', 'K. K.', '2026-12-01T09:10:00Z'),
      caller('d4', 'S. H.', '2026-12-01T09:00:00Z'),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a1: 'K. K. (1)', b2: 'K. K. (2)', c3: 'K. K. (3)', d4: 'S. H.' });
  });

  it('breaks a tie in arrival by call id, so every screen numbers them alike', () => {
    const at = '2026-12-01T09:00:00Z';
    const labels = displayLabels([caller('z', 'A. B.', at), caller('m', 'A. B.', at)]);
    expect(labels.get('m')).toBe('A. B. (1)');
    expect(labels.get('z')).toBe('A. B. (2)');
  });

  it('drops the number once only one of them is left, and treats callers with no name as one group', () => {
    expect(displayLabels([caller('a', 'K. K.', '2026-12-01T09:00:00Z')]).get('a')).toBe('K. K.');
    const nameless = displayLabels([
      caller('a', null, '2026-12-01T09:00:00Z'),
      caller('b', null, '2026-12-01T09:01:00Z'),
    ]);
    expect([nameless.get('a'), nameless.get('b')]).toEqual(['— (1)', '— (2)']);
  });
});
