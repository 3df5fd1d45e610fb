import { NextResponse } from 'next/server';
import { idempotencyKey } from '@/lib/core/idempotency-key';
import { triageAction } from '@/lib/waiting/triage-action';
import { HttpError, readBody, route, toErrorResponse } from '@/server/http/handler';
import { once } from '@/server/http/idempotency';
import { hub } from '@/server/waiting/hub';
import { applyTriageAction } from '@/server/waiting/triage-actions';

export const dynamic = 'force-dynamic';

/**
 * A staff action on a caller (claim, release, priority, note, reassign, admit, undo). Checked
 * against the latest poll, audited before it is answered, and shown to every open screen.
 */
export const POST = route<{ teamId: string; callId: string }>('caller-action', async ({ request, params, staff, audit }) => {
  const rawKey = request.headers.get('idempotency-key');
  const key = rawKey === null ? null : idempotencyKey.parse(rawKey);
  return once(key, staff!.id, async () => {
    try {
      const action = await readBody(request, triageAction);
      const poller = hub().poller(params.teamId);
      let caller = poller.snapshot().callers.find((c) => c.callId === params.callId);
      if (!caller) {
        await poller.refresh();
        caller = poller.snapshot().callers.find((c) => c.callId === params.callId);
      }
      if (!caller) throw new HttpError(404, 'caller_not_found', 'This caller is no longer in the waiting area.');
      const result = await applyTriageAction(audit, staff!, caller, action);
      await poller.triageChanged();
      const updated = poller.snapshot().callers.find((c) => c.callId === params.callId) ?? caller;
      return NextResponse.json({ caller: updated, ...result });
    } catch (error) {
      return toErrorResponse(error, 'caller-action');
    }
  });
});
