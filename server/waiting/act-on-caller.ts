import 'server-only';
import { eq } from 'drizzle-orm';
import type { CallerActionResponse, TriageAction } from '@/lib/waiting/triage-action';
import type { AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { db } from '../db';
import { auditLog } from '../db/schema';
import { HttpError } from '../errors';
import { requestedPoller } from './hub';
import { remergeTriage } from './read-callers';
import { applyTriageAction, UNDO_SECONDS } from './triage-actions';

async function findCaller(teamId: string, callId: string) {
  const poller = await requestedPoller(teamId);
  const find = () => poller.snapshot().callers.find((c) => c.callId === callId);
  let caller = find();
  if (!caller) {
    await poller.refresh();
    caller = find();
  }
  return { poller, find, caller };
}

/**
 * A staff action on a caller, end to end: find them in the latest poll (polling once more if they
 * only just arrived), apply and audit the action, show it on every open screen, and answer with
 * the caller as everyone now sees them.
 */
export async function actOnCaller(
  audit: AuditContext,
  staff: Staff,
  teamId: string,
  callId: string,
  action: TriageAction,
): Promise<CallerActionResponse> {
  const { poller, find, caller } = await findCaller(teamId, callId);
  if (!caller) throw new HttpError(404, 'caller_not_found', 'This caller is no longer in the waiting area.');
  const result = await applyTriageAction(audit, staff, caller, action);
  await poller.triageChanged();
  // Merged here rather than read back from the live feed: on a cluster the feed is the owner's,
  // and its re-merge may not have arrived yet.
  const [now] = await remergeTriage([find() ?? caller]);
  return { caller: now!, ...result };
}

/**
 * The answer to a repeated action (same Idempotency-Key) that was applied: the caller as everyone
 * sees them now and the undo handle, from the action's audit entry (no answer is stored).
 */
export async function replayCallerAction(
  teamId: string,
  callId: string,
  auditId: number | null,
): Promise<CallerActionResponse> {
  const [entry] = auditId ? await (await db()).select().from(auditLog).where(eq(auditLog.id, auditId)) : [];
  const { caller } = await findCaller(teamId, callId);
  if (!entry || !caller) {
    throw new HttpError(409, 'already_done', 'That was already done; the caller has since left the waiting area.');
  }
  const undoUntil =
    entry.action === 'caller.undo' ? null : new Date(entry.at.getTime() + UNDO_SECONDS * 1000).toISOString();
  // As for the first answer: merged here, not read from a feed that may not have the change yet.
  const [now] = await remergeTriage([caller]);
  return { caller: now!, auditId: entry.id, undoUntil };
}
