import 'server-only';
import type { WaitingCall } from '@/lib/waiting/call';
import { type AuditContext, recordAudit } from '../audit';
import { coviu } from '../coviu';

/** A caller's full details (patient data), read from Coviu; every view is audited before it is shown. */
export async function viewCallerDetails(audit: AuditContext, teamId: string, callId: string): Promise<WaitingCall> {
  const call = await coviu().waiting.call(teamId, callId);
  await recordAudit(audit, { action: 'caller.view', resourceType: 'call', resourceId: call.id, teamId });
  return call;
}
