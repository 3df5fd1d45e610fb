import { describe, expect, it } from 'vitest';
import { orderForState } from './list-order';

const s = (id: string, startTime: string) => ({ id, startTime });
const list = [s('b', '2026-12-01T01:00:00Z'), s('a', '2026-11-30T01:00:00Z'), s('c', '2026-12-02T01:00:00Z')];

describe('orderForState', () => {
  it('lists finished sessions newest first', () => {
    expect(orderForState(list, 'finished').map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('lists upcoming sessions soonest first', () => {
    expect(orderForState(list, 'upcoming').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps sessions at the same time in a steady order and leaves its input alone', () => {
    const same = [s('y', '2026-12-01T01:00:00Z'), s('x', '2026-12-01T01:00:00Z')];
    expect(orderForState(same, 'finished').map((x) => x.id)).toEqual(['x', 'y']);
    expect(same.map((x) => x.id)).toEqual(['y', 'x']);
  });
});
