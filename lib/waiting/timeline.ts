import { PRIORITY_LABEL } from './labels';
import type { Priority } from './types';

// A caller's history, put together from what Coviu told us (each call's timestamps, kept in our
// `calls` table across transfers) and what staff did (our audit log) or Waitboard did (escalations).
// Pure: the server reads the rows, this orders and words them.

export type TimelineKind =
  | 'arrived'
  | 'transferred'
  | 'on-hold'
  | 'answered'
  | 'left'
  | 'ended'
  | 'claimed'
  | 'released'
  | 'claim-lapsed'
  | 'admitted'
  | 'admit-failed'
  | 'room'
  | 'note'
  | 'priority'
  | 'reassigned'
  | 'escalated'
  | 'escalation-closed'
  | 'acknowledged'
  | 'undone';

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  text: string;
  /** Who did it: a staff member's name; null for what Coviu or Waitboard itself recorded. */
  by: string | null;
  source: 'coviu' | 'waitboard';
}

/** What `GET …/calls/{callId}/timeline` answers. */
export interface CallerTimeline {
  /** The clinic's zone, for showing times as the clinic's clock reads them. */
  timezone: string;
  entries: TimelineEntry[];
}

export interface CallRecord {
  id: string;
  queueId: string | null;
  previousCallId: string | null;
  joinedAt: string;
  answeredAt: string | null;
  onHoldAt: string | null;
  leftQueueAt: string | null;
  transferredAt: string | null;
  finishedAt: string | null;
}

export interface AuditRecord {
  id: number;
  at: string;
  action: string;
  actorId: string | null;
  changes: Record<string, unknown> | null;
}

export interface EscalationRecord {
  kind: 'over-limit' | 'not-joined';
  firstSentAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface TimelineNames {
  queue: (id: string | null | undefined) => string;
  /** A staff member's name from their id; ids of people since removed still give a word. */
  person: (id: string | null | undefined) => string;
}

type Snapshot = { claimedBy?: string | null; claimedUntil?: string | null };
type Action = {
  type?: string;
  priority?: number;
  note?: string;
  queueId?: string | null;
  practitionerId?: string | null;
};

const time = (iso: string) => Date.parse(iso);

/** Coviu's side: arrival, each transfer, the latest hold of each call, answer and end. */
function fromCalls(calls: CallRecord[], names: TimelineNames): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const coviu = (at: string, kind: TimelineKind, text: string) =>
    entries.push({ at, kind, text, by: null, source: 'coviu' });
  const ordered = [...calls].sort((a, b) => time(a.joinedAt) - time(b.joinedAt));
  ordered.forEach((c, i) => {
    if (i === 0) coviu(c.joinedAt, 'arrived', `Arrived in ${names.queue(c.queueId)}`);
    else coviu(c.joinedAt, 'transferred', `Transferred to ${names.queue(c.queueId)}`);
    // Coviu keeps only the latest hold of a call, so earlier holds of the same call are not known.
    if (c.onHoldAt) coviu(c.onHoldAt, 'on-hold', 'Put on hold');
    if (c.answeredAt) coviu(c.answeredAt, 'answered', 'Answered in Coviu');
    if (c.leftQueueAt) coviu(c.leftQueueAt, 'left', 'Left the waiting area');
    if (c.finishedAt && !c.leftQueueAt && !c.transferredAt) coviu(c.finishedAt, 'ended', 'Call ended');
  });
  return entries;
}

function actionText(a: AuditRecord, names: TimelineNames): { kind: TimelineKind; text: string } | null {
  const action = (a.changes?.action ?? {}) as Action;
  const after = (a.changes?.after ?? {}) as Record<string, unknown>;
  switch (a.action) {
    case 'caller.claim':
      return { kind: 'claimed', text: 'Claimed' };
    case 'caller.release':
      return { kind: 'released', text: 'Released the claim' };
    case 'caller.admit': {
      const admission = after.admission as { practitionerId?: string; mode?: string } | null | undefined;
      const to = names.person(action.practitionerId ?? admission?.practitionerId);
      return { kind: 'admitted', text: `Admitted to ${to}${admission?.mode === 'room' ? ' (room)' : ''}` };
    }
    case 'caller.admit_failed':
      return { kind: 'admit-failed', text: 'Admission failed: Coviu refused the room' };
    case 'caller.room':
      return { kind: 'room', text: 'Room ready for the practitioner and the caller' };
    case 'caller.note':
      return { kind: 'note', text: action.note ? `Note: ${action.note}` : 'Note removed' };
    case 'caller.priority':
      return { kind: 'priority', text: `Priority set to ${PRIORITY_LABEL[(action.priority ?? 0) as Priority]}` };
    case 'caller.reassign': {
      const parts: string[] = [];
      if (action.queueId !== undefined) parts.push(action.queueId ? names.queue(action.queueId) : 'their own queue');
      if (action.practitionerId !== undefined)
        parts.push(action.practitionerId ? names.person(action.practitionerId) : 'no practitioner');
      return { kind: 'reassigned', text: `Reassigned to ${parts.join(' and ') || 'another queue'}` };
    }
    case 'caller.acknowledge':
      return { kind: 'acknowledged', text: 'Acknowledged the escalation' };
    default:
      return null;
  }
}

/** Staff actions from the audit log, with the claims that ran out between them (nobody released them). */
function fromAudit(audit: AuditRecord[], names: TimelineNames, now: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byId = new Map(audit.map((a) => [a.id, a]));
  let claim: { by: string; until: string } | null = null;
  const lapseBefore = (at: number) => {
    if (claim && time(claim.until) <= at) {
      const text = `Claim by ${names.person(claim.by)} lapsed`;
      entries.push({ at: claim.until, kind: 'claim-lapsed', text, by: null, source: 'waitboard' });
      claim = null;
    }
  };
  for (const a of [...audit].sort((x, y) => time(x.at) - time(y.at) || x.id - y.id)) {
    lapseBefore(time(a.at));
    const by = a.actorId ? names.person(a.actorId) : null;
    if (a.action === 'caller.undo') {
      const target = byId.get(Number((a.changes?.action as { auditId?: number } | undefined)?.auditId));
      const undone = target ? actionText(target, names) : null;
      const text = undone ? `Undid: ${undone.text}` : 'Undid an action';
      entries.push({ at: a.at, kind: 'undone', text, by, source: 'waitboard' });
    } else {
      const said = actionText(a, names);
      if (said) entries.push({ at: a.at, ...said, by, source: 'waitboard' });
    }
    const after = a.changes?.after as Snapshot | undefined;
    if (after && 'claimedBy' in after)
      claim = after.claimedBy && after.claimedUntil ? { by: after.claimedBy, until: after.claimedUntil } : null;
  }
  lapseBefore(now);
  return entries;
}

function fromEscalations(escalations: EscalationRecord[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const e of escalations) {
    const what = e.kind === 'not-joined' ? 'admitted but not joined' : 'over the wait limit';
    entries.push({
      at: e.firstSentAt,
      kind: 'escalated',
      text: `Escalated to the clinic's chat: ${what}`,
      by: null,
      source: 'waitboard',
    });
    // Acknowledgements by a person are in the audit log; this is Waitboard closing it itself.
    if (e.acknowledgedAt && !e.acknowledgedBy)
      entries.push({
        at: e.acknowledgedAt,
        kind: 'escalation-closed',
        text: 'Escalation closed: no longer needed',
        by: null,
        source: 'waitboard',
      });
  }
  return entries;
}

/** The caller's history, oldest first; what Coviu reported comes before what we did at the same instant. */
export function assembleTimeline(
  input: { calls: CallRecord[]; audit: AuditRecord[]; escalations: EscalationRecord[] },
  names: TimelineNames,
  now: number,
): TimelineEntry[] {
  const all = [
    ...fromCalls(input.calls, names),
    ...fromAudit(input.audit, names, now),
    ...fromEscalations(input.escalations),
  ];
  const order = (e: TimelineEntry) => (e.source === 'coviu' ? 0 : 1);
  return all
    .map((e, i) => ({ e, i }))
    .sort((a, b) => time(a.e.at) - time(b.e.at) || order(a.e) - order(b.e) || a.i - b.i)
    .map(({ e }) => e);
}
