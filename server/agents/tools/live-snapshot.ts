import 'server-only';
import { expectedWaits, snapshotThresholds } from '@/lib/waiting/snapshot-estimates';
import { sortByUrgency } from '@/lib/waiting/urgency';
import { requestedPoller } from '../../waiting/hub';
import type { ToolContext } from '../mcp/tool';
import { toAgentCaller, type AgentCaller } from './caller-view';

/**
 * The clinic's live waiting room as the console has it, in the console's order. Asking keeps the
 * poller at its active rate, as an open screen does; before its first poll, it polls once.
 */
export async function liveCallers(
  ctx: ToolContext,
  teamId: string,
): Promise<{ callers: AgentCaller[]; fetchedAt: string | null; error: string | null }> {
  const poller = await requestedPoller(ctx.clinic(teamId));
  poller.touch();
  if (!poller.snapshot().fetchedAt) await poller.refresh();
  const snapshot = poller.snapshot();
  const now = Date.now();
  const thresholds = snapshotThresholds(snapshot);
  const estimates = expectedWaits(snapshot, now);
  const fullNames = ctx.has('patient-details');
  return {
    callers: sortByUrgency(snapshot.callers, now, thresholds).map((c) =>
      toAgentCaller(c, now, thresholds, estimates.get(c.callId), fullNames),
    ),
    fetchedAt: snapshot.fetchedAt,
    error: snapshot.error,
  };
}
