import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON of tool arguments', () => {
  it('ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });

  it('tells apart arguments that differ only deep inside', () => {
    const at = (time: string) => ({ teamId: 't', when: { kind: 'scheduled', date: '2026-12-02', time } });
    expect(canonicalJson(at('10:00'))).not.toBe(canonicalJson(at('11:00')));
  });
});
