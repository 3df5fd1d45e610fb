import { describe, expect, it } from 'vitest';
import type { Session, SessionSummary } from '@/lib/sessions/types';
import { DEFAULT_BILLABLE_RULE } from './billable';
import { reviewSession } from './review';

const at = (m: number) => new Date(Date.parse('2026-11-24T00:00:00Z') + m * 60_000).toISOString();
const bw = (min: number, avg: number, max: number) => ({
  minSent: min,
  avgSent: avg,
  maxSent: max,
  minReceive: min * 2,
  avgReceive: avg * 2,
  maxReceive: max * 2,
});

const session: Session = {
  id: 's1',
  name: 'Review',
  teamId: 't',
  startTime: at(0),
  endTime: at(20),
  actualStartTime: null,
  actualEndTime: null,
  canceledAt: null,
  picture: null,
  featureFlags: [],
  participants: [
    {
      id: 'h',
      sessionId: 's1',
      displayName: 'Dr Host',
      role: 'HOST',
      entryUrl: null,
      picture: null,
      state: null,
      phone: null,
      coviuUserId: null,
      deletedAt: null,
    },
    {
      id: 'g',
      sessionId: 's1',
      displayName: 'Pat Guest',
      role: 'GUEST',
      entryUrl: null,
      picture: null,
      state: null,
      phone: null,
      coviuUserId: null,
      deletedAt: null,
    },
    {
      id: 'g2',
      sessionId: 's1',
      displayName: 'Carer',
      role: 'GUEST',
      entryUrl: null,
      picture: null,
      state: null,
      phone: null,
      coviuUserId: null,
      deletedAt: null,
    },
  ],
};

describe('session review', () => {
  it('measures duration, overrun and late start against the booking, and spans bandwidth', () => {
    const summary: SessionSummary = {
      startTime: at(0),
      endTime: at(20),
      actualStartTime: null,
      actualEndTime: at(26),
      participants: [
        {
          participantId: 'h',
          role: 'HOST',
          entryTime: at(2),
          exitTime: at(26),
          leftReason: 'ended-call',
          bandwidth: bw(300, 900, 2000),
        },
        {
          participantId: 'g',
          role: 'GUEST',
          entryTime: at(4),
          exitTime: at(25),
          leftReason: 'left',
          bandwidth: bw(200, 700, 2400),
        },
      ],
    };
    const r = reviewSession(session, summary, DEFAULT_BILLABLE_RULE);
    expect(r.actualStart).toBe(at(2));
    expect(r.actualMs).toBe(24 * 60_000);
    expect(r.overrunMs).toBe(6 * 60_000);
    expect(r.lateStartMs).toBe(2 * 60_000);
    expect(r.noShow).toBe(false);
    expect(r.attendance.map((a) => a.name)).toEqual(['Dr Host', 'Pat Guest', 'Carer']);
    expect(r.attendance[2]!.entry).toBeNull();
    expect(r.sent).toEqual({ min: 200, avg: 800, max: 2400 });
    expect(r.received.max).toBe(4800);
    expect(r.billable.minutes).toBe(21);
  });

  it('calls it a no-show when only the host came, and empty when nobody did', () => {
    const hostOnly: SessionSummary = {
      startTime: at(0),
      endTime: at(20),
      actualStartTime: null,
      actualEndTime: at(12),
      participants: [
        { participantId: 'h', role: 'HOST', entryTime: at(1), exitTime: at(12), leftReason: null, bandwidth: null },
      ],
    };
    expect(reviewSession(session, hostOnly, DEFAULT_BILLABLE_RULE)).toMatchObject({
      noShow: true,
      empty: false,
      overrunMs: -8 * 60_000,
    });
    const nobody: SessionSummary = {
      startTime: at(0),
      endTime: at(20),
      actualStartTime: null,
      actualEndTime: null,
      participants: [],
    };
    expect(reviewSession(session, nobody, DEFAULT_BILLABLE_RULE)).toMatchObject({
      noShow: true,
      empty: true,
      actualMs: null,
      overrunMs: null,
    });
  });
});
