import { EMPTY_TRIAGE, type DashboardCaller } from '@/lib/waiting/types';

/** A dashboard caller for poller and stream tests: waiting in queue 'q' of team 't' unless told. */
export function testCaller(id: string, status: DashboardCaller['status'] = 'waiting'): DashboardCaller {
  const t = '2026-11-21T09:00:00.000Z';
  return {
    callId: id,
    rootCallId: id,
    teamId: 't',
    queueId: 'q',
    status,
    callType: 'video',
    name: id,
    joinedAt: t,
    arrivedAt: t,
    answeredAt: null,
    onHoldAt: null,
    endedAt: null,
    triage: EMPTY_TRIAGE,
  };
}
