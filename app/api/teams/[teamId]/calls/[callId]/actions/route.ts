import { NextResponse } from 'next/server';
import { triageAction } from '@/lib/waiting/triage-action';
import { readBody, staffRoute } from '@/server/http/handler';
import { actOnCaller, replayCallerAction } from '@/server/waiting/act-on-caller';

export const dynamic = 'force-dynamic';

/**
 * A staff action on a caller (claim, release, priority, note, reassign, admit, undo). Checked
 * against the latest poll, audited before it is answered, and shown to every open screen.
 */
export const POST = staffRoute<{ teamId: string; callId: string }>(
  'caller-action',
  async ({ request, params, staff, audit }) => {
    const action = await readBody(request, triageAction);
    return NextResponse.json(await actOnCaller(audit, staff, params.teamId, params.callId, action));
  },
  {
    idempotent: {
      replay: async ({ params }, auditId) =>
        NextResponse.json(await replayCallerAction(params.teamId, params.callId, auditId)),
    },
  },
);
