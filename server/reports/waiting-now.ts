import 'server-only';
import { clinicParts } from '@/lib/core/clinic-time';
import type { WaitingNow } from '@/lib/reports/types';
import type { DashboardCaller } from '@/lib/waiting/types';
import { hub } from '../waiting/hub';
import type { ReportRequest } from './report';

const FIRST_POLL_WAITS = 15;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Who is in the queue now, from the clinic's live waiting area (the console's own poll), for a
 * report whose range includes today: the calls table only settles them once Coviu says so.
 */
export function waitingNowOf(
  callers: Pick<DashboardCaller, 'status' | 'queueId' | 'arrivedAt'>[],
  queueId: string | null,
  fetchedAt: string,
  now: number,
): WaitingNow {
  const waiting = callers.filter(
    (c) => (c.status === 'waiting' || c.status === 'on-hold') && (queueId === null || c.queueId === queueId),
  );
  const longest = waiting.reduce<number | null>(
    (a, c) => Math.max(a ?? 0, Math.max(0, (now - Date.parse(c.arrivedAt)) / 1000)),
    null,
  );
  return { count: waiting.length, longestSeconds: longest, asOf: fetchedAt };
}

export async function waitingNow(r: ReportRequest, now = Date.now()): Promise<WaitingNow | null> {
  const today = clinicParts(now, r.timezone).date;
  if (r.from > today || r.to < today) return null;
  const poller = await hub().pollerOf(r.teamId);
  if (!poller) return null;
  poller.touch();
  // A clinic nobody has watched since start-up is read now: give that first poll a moment.
  for (let i = 0; i < FIRST_POLL_WAITS && !poller.snapshot().fetchedAt; i++) await sleep(200);
  const snapshot = poller.snapshot();
  if (!snapshot.fetchedAt) return null;
  return waitingNowOf(snapshot.callers, r.queueId, snapshot.fetchedAt, now);
}
