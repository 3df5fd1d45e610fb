import type { WaitingChange, WaitingSnapshot } from './types';

/**
 * Folds one streamed change into the snapshot held in the browser; stale or repeated changes are
 * ignored. A changed caller keeps their place in the array: react-query's structural sharing
 * compares old and new position by position, so shifting everyone after them would hand the
 * dashboard a new object for each of those callers and re-render their rows.
 */
export function applyChange(snapshot: WaitingSnapshot | undefined, change: WaitingChange): WaitingSnapshot | undefined {
  if (!snapshot || change.seq <= snapshot.seq) return snapshot;
  const id = change.caller.callId;
  const at = snapshot.callers.findIndex((c) => c.callId === id);
  let callers = snapshot.callers;
  if (change.kind === 'removed') callers = at < 0 ? callers : callers.filter((c) => c.callId !== id);
  else if (at < 0) callers = [...callers, change.caller];
  else callers = callers.map((c, i) => (i === at ? change.caller : c));
  return { ...snapshot, seq: change.seq, callers };
}
