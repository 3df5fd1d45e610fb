import { estimateWait, queuePositions, type WaitEstimate } from './expected-wait';
import { DEFAULT_THRESHOLD_SETTINGS, type ThresholdSettings } from './thresholds';
import type { WaitingSnapshot } from './types';

/** The thresholds a snapshot's clinic uses (its defaults until its settings are first read). */
export function snapshotThresholds(snapshot: WaitingSnapshot | undefined): ThresholdSettings {
  return (snapshot?.settings?.thresholds as ThresholdSettings | undefined) ?? DEFAULT_THRESHOLD_SETTINGS;
}

/**
 * Every waiting caller's expected wait in one team's snapshot (positions are read off one sort of
 * the team's callers, in the console's order). The console and agents' tools both use it.
 */
export function expectedWaits(snapshot: WaitingSnapshot | undefined, now: number): Map<string, WaitEstimate> {
  const result = new Map<string, WaitEstimate>();
  const basis = snapshot?.waitBasis;
  if (!snapshot || !basis) return result;
  for (const [callId, position] of queuePositions(snapshot.callers, now, snapshotThresholds(snapshot)))
    result.set(callId, estimateWait(basis, position, now));
  return result;
}
