import { hashSeed, Random } from '../random';
import type { SimParticipant, SimSession } from '../store';

const MINUTE = 60_000;

export interface Attendance {
  participantId: string;
  role: SimParticipant['role'];
  entry: number;
  exit: number;
  leftReason: string;
  bandwidth: Record<string, number>;
}

export interface SessionTimeline {
  /** When the call was created: the first entry (usually the host's). */
  actualStart: number | null;
  /** When the last participant left. */
  actualEnd: number | null;
  attendance: Attendance[];
}

function bandwidth(rng: Random): Record<string, number> {
  const sent = [rng.between(200, 600), rng.between(600, 1200), rng.between(1200, 2500)].map(Math.round);
  const received = [rng.between(200, 600), rng.between(600, 1200), rng.between(1200, 2500)].map(Math.round);
  return {
    min_sent_bandwidth: sent[0]!,
    avg_sent_bandwidth: sent[1]!,
    max_sent_bandwidth: sent[2]!,
    min_receive_bandwidth: received[0]!,
    avg_receive_bandwidth: received[1]!,
    max_receive_bandwidth: received[2]!,
  };
}

/**
 * Who joined a session and when, decided per participant from the seed and its id, so the same
 * session always plays out the same way. Hosts enter inside the booked window; guests knock and
 * are let in once a host is there (waiting-room time is not attendance); some guests never come;
 * the call ends when the last host leaves. Nothing happens in a cancelled session.
 */
export function planTimeline(session: SimSession, seed: number): SessionTimeline {
  if (session.canceledAt !== null) return { actualStart: null, actualEnd: null, attendance: [] };
  const duration = session.endTime - session.startTime;
  const hosts: Attendance[] = [];
  for (const p of session.participants.filter((x) => x.role === 'HOST')) {
    const rng = new Random(hashSeed(seed, p.participantId));
    const entry = Math.max(session.startTime, p.createdAt) + rng.between(0, 4) * MINUTE;
    let exit = session.startTime + duration * rng.between(0.85, 1.3);
    let leftReason = 'ended-call';
    if (p.deletedAt !== null && p.deletedAt < exit) {
      exit = p.deletedAt;
      leftReason = 'removed';
    }
    if (entry < exit && entry < session.endTime)
      hosts.push({ participantId: p.participantId, role: p.role, entry, exit, leftReason, bandwidth: bandwidth(rng) });
  }
  const firstHost = Math.min(...hosts.map((h) => h.entry));
  const lastHost = Math.max(...hosts.map((h) => h.exit));
  const others: Attendance[] = [];
  if (hosts.length) {
    for (const p of session.participants.filter((x) => x.role !== 'HOST')) {
      const rng = new Random(hashSeed(seed, p.participantId));
      if (rng.chance(0.1)) continue; // no-show
      const knock = Math.max(session.startTime, p.createdAt) + rng.between(0, 6) * MINUTE;
      const entry = Math.max(knock, firstHost) + rng.between(0.3, 1.5) * MINUTE;
      let exit = lastHost - rng.between(0, 1) * MINUTE;
      let leftReason = exit >= lastHost - 1 ? 'ended-by-host' : rng.pick(['hung-up', 'connection-lost']);
      if (p.deletedAt !== null && p.deletedAt < exit) {
        exit = p.deletedAt;
        leftReason = 'removed';
      }
      if (exit - entry >= MINUTE / 2) {
        others.push({
          participantId: p.participantId,
          role: p.role,
          entry,
          exit,
          leftReason,
          bandwidth: bandwidth(rng),
        });
      }
    }
  }
  const attendance = [...hosts, ...others].map((a) => ({ ...a, entry: Math.round(a.entry), exit: Math.round(a.exit) }));
  return {
    actualStart: hosts.length ? Math.round(firstHost) : null,
    actualEnd: attendance.length ? Math.max(...attendance.map((a) => a.exit)) : null,
    attendance,
  };
}

export function hasStarted(session: SimSession, now: number): boolean {
  return now >= session.startTime;
}

export function isFinished(session: SimSession, timeline: SessionTimeline, now: number): boolean {
  return now > session.endTime || (timeline.actualEnd !== null && timeline.actualEnd <= now);
}
