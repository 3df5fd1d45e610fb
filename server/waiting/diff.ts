import type { CallStatus } from '@/lib/waiting/call';
import type { ChangeKind, DashboardCaller } from '@/lib/waiting/types';

const STATUS_KIND: Record<CallStatus, ChangeKind> = {
  waiting: 'updated',
  'being-seen': 'answered',
  'on-hold': 'on-hold',
  left: 'left',
  transferred: 'transferred',
  ended: 'ended',
};

function sameCaller(a: DashboardCaller, b: DashboardCaller): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changed between two polls, as events: arrivals, status changes, other updates, removals. */
export function diffCallers(
  previous: ReadonlyMap<string, DashboardCaller>,
  next: readonly DashboardCaller[],
): { kind: ChangeKind; caller: DashboardCaller }[] {
  const changes: { kind: ChangeKind; caller: DashboardCaller }[] = [];
  const seen = new Set<string>();
  for (const caller of next) {
    seen.add(caller.callId);
    const before = previous.get(caller.callId);
    if (!before) {
      changes.push({ kind: caller.status === 'waiting' ? 'arrived' : STATUS_KIND[caller.status], caller });
    } else if (before.status !== caller.status) {
      changes.push({ kind: caller.status === 'waiting' ? 'updated' : STATUS_KIND[caller.status], caller });
    } else if (!sameCaller(before, caller)) {
      changes.push({ kind: before.triage.version === caller.triage.version ? 'updated' : 'triage', caller });
    }
  }
  for (const [id, caller] of previous) if (!seen.has(id)) changes.push({ kind: 'removed', caller });
  return changes;
}
