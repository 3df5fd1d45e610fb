import { describe, expect, it } from 'vitest';
import { type AuditRecord, type CallRecord, assembleTimeline } from './timeline';

const T0 = Date.parse('2026-11-21T10:00:00Z');
const MIN = 60_000;
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

const names = {
  queue: (id: string | null | undefined) => ({ q1: 'General', q2: 'Urgent care' })[id ?? ''] ?? 'a queue',
  person: (id: string | null | undefined) => ({ sam: 'Sam Rivers', pat: 'Dr Pat Practitioner' })[id ?? ''] ?? 'Someone',
};

function call(id: string, joined: number, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    id,
    queueId: 'q1',
    previousCallId: null,
    joinedAt: at(joined),
    answeredAt: null,
    onHoldAt: null,
    leftQueueAt: null,
    transferredAt: null,
    finishedAt: null,
    ...extra,
  };
}

let nextId = 1;
function audit(minutes: number, action: string, actorId: string | null, changes: Record<string, unknown>): AuditRecord {
  return { id: nextId++, at: at(minutes), action, actorId, changes };
}
const claimUntil = (by: string | null, until: number | null) => ({
  after: { claimedBy: by, claimedUntil: until === null ? null : at(until) },
});

describe('assembleTimeline', () => {
  it("orders Coviu's timestamps and staff actions into one history, with who did what", () => {
    const calls = [
      call('c2', 5, { queueId: 'q2', previousCallId: 'c1', onHoldAt: at(7), answeredAt: at(12) }),
      call('c1', 0, { transferredAt: at(5) }),
    ];
    const entries = assembleTimeline(
      {
        calls,
        audit: [
          audit(2, 'caller.claim', 'sam', { action: { type: 'claim' }, ...claimUntil('sam', 12) }),
          audit(3, 'caller.priority', 'sam', { action: { type: 'priority', priority: 2 } }),
          audit(8, 'caller.admit', 'sam', {
            action: { type: 'admit', practitionerId: 'pat' },
            after: { claimedBy: 'sam', claimedUntil: at(18), admission: { practitionerId: 'pat', mode: 'route' } },
          }),
          audit(9, 'caller.view', 'sam', {}),
        ],
        escalations: [],
      },
      names,
      T0 + 30 * MIN,
    );
    expect(entries.map((e) => [e.at, e.text, e.by])).toEqual([
      [at(0), 'Arrived in General', null],
      [at(2), 'Claimed', 'Sam Rivers'],
      [at(3), 'Priority set to Urgent', 'Sam Rivers'],
      [at(5), 'Transferred to Urgent care', null],
      [at(7), 'Put on hold', null],
      [at(8), 'Admitted to Dr Pat Practitioner', 'Sam Rivers'],
      [at(12), 'Answered in Coviu', null],
      // The admission's claim ran out with nobody releasing it.
      [at(18), 'Claim by Sam Rivers lapsed', null],
    ]);
  });

  it('finds a claim that lapsed between two actions, and none when it was released in time', () => {
    const lapsed = assembleTimeline(
      {
        calls: [call('c', 0)],
        audit: [
          audit(1, 'caller.claim', 'sam', claimUntil('sam', 11)),
          audit(15, 'caller.note', 'pat', { action: { type: 'note', note: 'Call back' } }),
        ],
        escalations: [],
      },
      names,
      T0 + 20 * MIN,
    );
    expect(lapsed.map((e) => e.kind)).toEqual(['arrived', 'claimed', 'claim-lapsed', 'note']);
    expect(lapsed[3]).toMatchObject({ text: 'Note: Call back', by: 'Dr Pat Practitioner' });

    const released = assembleTimeline(
      {
        calls: [call('c', 0)],
        audit: [
          audit(1, 'caller.claim', 'sam', claimUntil('sam', 11)),
          audit(4, 'caller.release', 'sam', claimUntil(null, null)),
        ],
        escalations: [],
      },
      names,
      T0 + 20 * MIN,
    );
    expect(released.map((e) => e.kind)).toEqual(['arrived', 'claimed', 'released']);
    // Still running now: not a lapse yet.
    const running = assembleTimeline(
      { calls: [call('c', 0)], audit: [audit(1, 'caller.claim', 'sam', claimUntil('sam', 11))], escalations: [] },
      names,
      T0 + 10 * MIN,
    );
    expect(running.map((e) => e.kind)).toEqual(['arrived', 'claimed']);
  });

  it('says what an undo undid, and lists escalations with their acknowledgement', () => {
    const claim = audit(1, 'caller.claim', 'sam', claimUntil('sam', 11));
    const entries = assembleTimeline(
      {
        calls: [call('c', 0, { leftQueueAt: at(30) })],
        audit: [
          claim,
          audit(1.1, 'caller.undo', 'sam', { action: { type: 'undo', auditId: claim.id }, ...claimUntil(null, null) }),
          audit(12, 'caller.acknowledge', 'pat', { action: { type: 'acknowledge' } }),
        ],
        escalations: [
          { kind: 'over-limit', firstSentAt: at(10), acknowledgedAt: at(12), acknowledgedBy: 'pat' },
          { kind: 'not-joined', firstSentAt: at(20), acknowledgedAt: at(25), acknowledgedBy: null },
        ],
      },
      names,
      T0 + 40 * MIN,
    );
    expect(entries.map((e) => [e.kind, e.text, e.by])).toEqual([
      ['arrived', 'Arrived in General', null],
      ['claimed', 'Claimed', 'Sam Rivers'],
      ['undone', 'Undid: Claimed', 'Sam Rivers'],
      ['escalated', "Escalated to the clinic's chat: over the wait limit", null],
      ['acknowledged', 'Acknowledged the escalation', 'Dr Pat Practitioner'],
      ['escalated', "Escalated to the clinic's chat: admitted but not joined", null],
      ['escalation-closed', 'Escalation closed: no longer needed', null],
      ['left', 'Left the waiting area', null],
    ]);
  });
});
