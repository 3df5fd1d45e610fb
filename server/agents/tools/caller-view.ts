import 'server-only';
import { z } from 'zod';
import type { WaitEstimate } from '@/lib/waiting/expected-wait';
import { initials } from '@/lib/waiting/display';
import { waitLevel, waitingSince, type ThresholdSettings } from '@/lib/waiting/thresholds';
import type { DashboardCaller } from '@/lib/waiting/types';

const person = z.object({ id: z.string(), name: z.string() });

export const agentCaller = z.object({
  callId: z.string(),
  teamId: z.string(),
  queueId: z.string().nullable().describe('The queue the caller is in, or was reassigned to'),
  status: z.enum(['waiting', 'being-seen', 'on-hold', 'left', 'transferred', 'ended']),
  name: z.string().describe('Initials ("J. C.") unless the token has the patient-details scope'),
  waitingSince: z.string().nullable(),
  waitedMinutes: z.number().nullable(),
  level: z
    .enum(['ok', 'warn', 'critical'])
    .describe('Against the clinic’s thresholds: warn and critical need attention'),
  priority: z.number().int().describe('0 normal, 1 high, 2 urgent'),
  claimedBy: person.nullable(),
  claimedUntil: z.string().nullable(),
  note: z.string().nullable(),
  reassignedPractitioner: person.nullable(),
  admission: z
    .object({
      practitioner: person,
      mode: z.enum(['route', 'room']),
      admittedAt: z.string(),
      joinedAt: z.string().nullable(),
    })
    .nullable(),
  expectedWait: z
    .object({ summary: z.string(), lowMinutes: z.number().nullable(), highMinutes: z.number().nullable() })
    .nullable(),
});
export type AgentCaller = z.infer<typeof agentCaller>;

const ref = (p: { id: string; name: string } | null) => (p ? { id: p.id, name: p.name } : null);

/** A caller as an assistant sees them: the console's facts, the name as initials without patient-details. */
export function toAgentCaller(
  c: DashboardCaller,
  now: number,
  thresholds: ThresholdSettings,
  estimate: WaitEstimate | undefined,
  fullNames: boolean,
): AgentCaller {
  const since = waitingSince(c);
  const t = c.triage;
  return {
    callId: c.callId,
    teamId: c.teamId,
    queueId: t.reassignedQueueId ?? c.queueId,
    status: c.status,
    name: fullNames ? (c.name ?? 'Unnamed caller') : initials(c.name),
    waitingSince: since,
    waitedMinutes: since ? Math.max(0, Math.floor((now - Date.parse(since)) / 60_000)) : null,
    level: waitLevel(c, now, thresholds),
    priority: t.priority,
    claimedBy: ref(t.claimedBy),
    claimedUntil: t.claimedUntil,
    note: t.note,
    reassignedPractitioner: ref(t.reassignedPractitioner),
    admission: t.admission
      ? {
          practitioner: ref(t.admission.practitioner)!,
          mode: t.admission.mode,
          admittedAt: t.admission.admittedAt,
          joinedAt: t.admission.joinedAt,
        }
      : null,
    expectedWait: estimate
      ? {
          summary: estimate.summary,
          lowMinutes: estimate.range?.low ?? null,
          highMinutes: estimate.range?.high ?? null,
        }
      : null,
  };
}
