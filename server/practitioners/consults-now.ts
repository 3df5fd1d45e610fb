import 'server-only';
import { and, eq, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { OpenAdmission, SessionNow } from '@/lib/practitioners/availability';
import { db } from '../db';
import { consultSessions } from '../db/schema';
import { hub } from '../waiting/hub';

const GONE = new Set(['left', 'ended', 'transferred']);

/** What Waitboard knows practitioners are doing now: the inputs of "in a consult". */
export interface ConsultsNow {
  admissions: OpenAdmission[];
  sessions: SessionNow[];
}

/**
 * Callers admitted to someone who are still in the waiting area (from the team's live poller, which
 * has their names; nothing about them is stored), and booked sessions on now with their hosts. A
 * session counts from its scheduled start to its end: Coviu tells who joined only when asked per
 * session, too slow for every read.
 */
export async function consultsNow(teamId: string, now: Date): Promise<ConsultsNow> {
  const poller = await hub().pollerOf(teamId);
  const admissions = (poller?.snapshot().callers ?? [])
    .filter((c) => c.triage.admission && !GONE.has(c.status))
    .map((c) => ({
      practitionerId: c.triage.admission!.practitioner.id,
      mode: c.triage.admission!.mode,
      callerName: c.name,
    }));
  const rows = await (
    await db()
  )
    .select({ hostIds: consultSessions.hostIds, endTime: consultSessions.endTime })
    .from(consultSessions)
    .where(
      and(
        eq(consultSessions.teamId, teamId),
        isNull(consultSessions.cancelledAt),
        isNotNull(consultSessions.hostIds),
        lte(consultSessions.startTime, now),
        gt(consultSessions.endTime, now),
      ),
    );
  return {
    admissions,
    sessions: rows.map((r) => ({ hostIds: r.hostIds ?? [], endTime: r.endTime.toISOString() })),
  };
}
