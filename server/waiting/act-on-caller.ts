import 'server-only';
import type { CallerActionResponse, TriageAction } from '@/lib/waiting/triage-action';
import type { AuditContext } from '../audit';
import type { Staff } from '../auth/session';
import { HttpError } from '../errors';
import { requestedPoller } from './hub';
import { applyTriageAction } from './triage-actions';

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
  const poller = await requestedPoller(teamId);
  const find = () => poller.snapshot().callers.find((c) => c.callId === callId);
  let caller = find();
  if (!caller) {
    await poller.refresh();
    caller = find();
  }
  if (!caller) throw new HttpError(404, 'caller_not_found', 'This caller is no longer in the waiting area.');
  const result = await applyTriageAction(audit, staff, caller, action);
  await poller.triageChanged();
  return { caller: find() ?? caller, ...result };
}
