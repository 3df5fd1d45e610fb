import type { WaitingChange, WaitingSnapshot } from './types';

/** Folds one streamed change into the snapshot held in the browser; stale or repeated changes are ignored. */
export function applyChange(snapshot: WaitingSnapshot | undefined, change: WaitingChange): WaitingSnapshot | undefined {
  if (!snapshot || change.seq <= snapshot.seq) return snapshot;
  const others = snapshot.callers.filter((c) => c.callId !== change.caller.callId);
  return { ...snapshot, seq: change.seq, callers: change.kind === 'removed' ? others : [...others, change.caller] };
}
