import { describe, expect, it } from 'vitest';
import { toTriage, type TriageRow } from './triage-store';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const person = (id: string | null | undefined) => (id ? { id, name: `Name of ${id}` } : null);

function row(extra: Partial<TriageRow>): TriageRow {
  return {
    rootCallId: 'r',
    teamId: 't',
    claimedBy: null,
    claimedUntil: null,
    priority: 0,
    note: null,
    reassignedQueueId: null,
    reassignedPractitionerId: null,
    admission: null,
    version: 1,
    updatedAt: new Date(NOW),
    ...extra,
  };
}

describe('toTriage', () => {
  it('sends a running claim with its end, so screens can show the time left', () => {
    const t = toTriage(row({ claimedBy: 'sam', claimedUntil: new Date(NOW + 60_000) }), person, NOW);
    expect(t.claimedBy).toEqual({ id: 'sam', name: 'Name of sam' });
    expect(t.claimedUntil).toBe(new Date(NOW + 60_000).toISOString());
    expect(t.lapsedClaim).toBeNull();
  });

  it('reports a claim that ran out without a release as lapsed, and a released one not at all', () => {
    const lapsed = toTriage(row({ claimedBy: 'sam', claimedUntil: new Date(NOW) }), person, NOW);
    expect(lapsed.claimedBy).toBeNull();
    expect(lapsed.lapsedClaim).toEqual({ by: { id: 'sam', name: 'Name of sam' }, at: new Date(NOW).toISOString() });
    expect(toTriage(row({}), person, NOW).lapsedClaim).toBeNull();
  });
});
