import type { Bandwidth, ParticipantRole, Session, SessionSummary } from '@/lib/sessions/types';
import { billableMinutes, type BillableResult, type BillableRule } from './billable';

interface AttendanceRow {
  participantId: string;
  name: string | null;
  role: ParticipantRole;
  /** In the call itself; Coviu does not count waiting-room time (API-NOTES §2.1). */
  entry: string | null;
  exit: string | null;
  leftReason: string | null;
  presentMs: number;
  removed: boolean;
}

interface BandwidthRange {
  min: number | null;
  avg: number | null;
  max: number | null;
}

export interface SessionReview {
  scheduledStart: string;
  scheduledEnd: string;
  scheduledMs: number;
  actualStart: string | null;
  actualEnd: string | null;
  actualMs: number | null;
  /** Actual end past the booked end; negative when the call ended early. */
  overrunMs: number | null;
  lateStartMs: number | null;
  attendance: AttendanceRow[];
  /** True when no guest ever entered the call. */
  noShow: boolean;
  /** True when Coviu recorded nobody in the call: nothing to summarise. */
  empty: boolean;
  sent: BandwidthRange;
  received: BandwidthRange;
  billable: BillableResult;
}

function range(values: Array<number | null>, pick: 'min' | 'avg' | 'max'): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!xs.length) return null;
  if (pick === 'min') return Math.min(...xs);
  if (pick === 'max') return Math.max(...xs);
  return Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
}

function bandwidthRange(list: Bandwidth[], dir: 'Sent' | 'Receive'): BandwidthRange {
  return {
    min: range(
      list.map((b) => b[`min${dir}`]),
      'min',
    ),
    avg: range(
      list.map((b) => b[`avg${dir}`]),
      'avg',
    ),
    max: range(
      list.map((b) => b[`max${dir}`]),
      'max',
    ),
  };
}

const ms = (iso: string | null) => (iso ? Date.parse(iso) : null);

/**
 * What happened in a session against what was booked. The actual start falls back to the first
 * entry, because Coviu's schema has no actual-start field although its prose describes one.
 */
export function reviewSession(session: Session, summary: SessionSummary, rule: BillableRule): SessionReview {
  const names = new Map(session.participants.map((p) => [p.id, p]));
  const attendance: AttendanceRow[] = summary.participants.map((p) => {
    const entry = ms(p.entryTime);
    const exit = ms(p.exitTime);
    const known = names.get(p.participantId);
    return {
      participantId: p.participantId,
      name: known?.displayName ?? null,
      role: p.role,
      entry: p.entryTime,
      exit: p.exitTime,
      leftReason: p.leftReason,
      presentMs: entry !== null && exit !== null ? Math.max(0, exit - entry) : 0,
      removed: Boolean(known?.deletedAt),
    };
  });
  // Guests Coviu reports no attendance for at all still count as expected guests.
  for (const p of session.participants) {
    if (!attendance.some((a) => a.participantId === p.id)) {
      attendance.push({
        participantId: p.id,
        name: p.displayName,
        role: p.role,
        entry: null,
        exit: null,
        leftReason: null,
        presentMs: 0,
        removed: Boolean(p.deletedAt),
      });
    }
  }
  attendance.sort((a, b) => (ms(a.entry) ?? Infinity) - (ms(b.entry) ?? Infinity));
  const entries = attendance.map((a) => ms(a.entry)).filter((x): x is number => x !== null);
  const actualStart = summary.actualStartTime ?? (entries.length ? new Date(Math.min(...entries)).toISOString() : null);
  const actualEnd = summary.actualEndTime;
  const scheduledStart = Date.parse(summary.startTime || session.startTime);
  const scheduledEnd = Date.parse(summary.endTime || session.endTime);
  const bandwidths = summary.participants.map((p) => p.bandwidth).filter((b): b is Bandwidth => b !== null);
  return {
    scheduledStart: new Date(scheduledStart).toISOString(),
    scheduledEnd: new Date(scheduledEnd).toISOString(),
    scheduledMs: scheduledEnd - scheduledStart,
    actualStart,
    actualEnd,
    actualMs: actualStart && actualEnd ? Date.parse(actualEnd) - Date.parse(actualStart) : null,
    overrunMs: actualEnd ? Date.parse(actualEnd) - scheduledEnd : null,
    lateStartMs: actualStart ? Date.parse(actualStart) - scheduledStart : null,
    attendance,
    noShow: !attendance.some((a) => a.role !== 'HOST' && a.entry !== null),
    empty: entries.length === 0,
    sent: bandwidthRange(bandwidths, 'Sent'),
    received: bandwidthRange(bandwidths, 'Receive'),
    billable: billableMinutes(summary, rule),
  };
}
