import { NextResponse } from 'next/server';
import { recordAudit } from '@/server/audit';
import { coviu } from '@/server/coviu';
import { route } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

/** A caller's full details (patient data): every view is audited before it is answered. */
export const GET = route<{ teamId: string; callId: string }>('caller-detail', async ({ params, audit }) => {
  const call = await coviu().waiting.call(params.teamId, params.callId);
  await recordAudit(audit, { action: 'caller.view', resourceType: 'call', resourceId: call.id, teamId: params.teamId });
  return NextResponse.json({ call });
});
