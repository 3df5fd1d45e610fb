import 'server-only';
import { z } from 'zod';
import { snapshotThresholds } from '@/lib/waiting/snapshot-estimates';
import type { CallerActionResponse, TriageAction } from '@/lib/waiting/triage-action';
import { triageAction } from '@/lib/waiting/triage-action';
import { actOnCaller, replayCallerAction } from '../../waiting/act-on-caller';
import { requestedPoller } from '../../waiting/hub';
import { defineTool, type ToolContext } from '../mcp/tool';
import { agentCaller, toAgentCaller } from './caller-view';
import { agentId } from './ids';

const WRITE = { readOnlyHint: false, destructiveHint: false, openWorldHint: false } as const;

const output = z.object({
  caller: agentCaller.describe('The caller as every screen now shows them'),
  undoUntil: z.string().nullable().describe('Staff can undo this from the dashboard until then'),
  links: z
    .object({ hostUrl: z.string().nullable(), guestUrl: z.string().nullable() })
    .nullable()
    .describe('For an admission to a video room: the practitioner’s and the patient’s links'),
});

async function answer(ctx: ToolContext, teamId: string, response: CallerActionResponse) {
  const snapshot = (await requestedPoller(teamId)).snapshot();
  const admission = response.caller.triage.admission;
  return {
    caller: toAgentCaller(
      response.caller,
      Date.now(),
      snapshotThresholds(snapshot),
      undefined,
      ctx.has('patient-details'),
    ),
    undoUntil: response.undoUntil,
    links: admission ? { hostUrl: admission.hostUrl, guestUrl: admission.guestUrl } : null,
  };
}

const target = { teamId: agentId('clinic id'), callId: agentId('caller id') };
type Target = { teamId: string; callId: string };

/** A triage tool is the dashboard's action on a caller: the same checks, audit and live update. */
function triageTool<S extends z.ZodRawShape>(spec: {
  name: string;
  title: string;
  description: string;
  fields: S;
  idempotent: boolean;
  action: (input: z.infer<z.ZodObject<S>>) => TriageAction;
}) {
  const input = z.object({ ...target, ...spec.fields });
  return defineTool({
    name: spec.name,
    title: spec.title,
    description: spec.description,
    scope: 'triage',
    input,
    output,
    annotations: { ...WRITE, idempotentHint: spec.idempotent },
    write: {
      replay: async (ctx, raw, auditId) => {
        const args = raw as Target;
        return answer(ctx, args.teamId, await replayCallerAction(ctx.clinic(args.teamId), args.callId, auditId));
      },
    },
    async run(ctx, raw) {
      const args = raw as Target;
      const action = triageAction.parse(spec.action(raw as z.infer<z.ZodObject<S>>));
      const teamId = ctx.clinic(args.teamId);
      return answer(ctx, teamId, await actOnCaller(ctx.audit, ctx.staff, teamId, args.callId, action));
    },
  });
}

export const claimCaller = triageTool({
  name: 'claim_caller',
  title: 'Claim a caller',
  description:
    'Claim a waiting caller for the person this token acts as, so colleagues see they are being looked after. Refused if someone else holds the claim.',
  fields: {},
  idempotent: true,
  action: () => ({ type: 'claim' }),
});

export const releaseCaller = triageTool({
  name: 'release_caller',
  title: 'Release a caller',
  description: 'Release a claim on a caller so anyone can take them.',
  fields: {},
  idempotent: true,
  action: () => ({ type: 'release' }),
});

export const admitCaller = triageTool({
  name: 'admit_caller',
  title: 'Admit a caller',
  description:
    'Admit a waiting caller to a practitioner (ids from list_clinics). The clinic’s admission mode decides between routing them in Coviu and opening a video room; "mode" overrides it.',
  fields: {
    practitionerId: z.string().describe('From list_clinics'),
    mode: z.enum(['route', 'room']).optional(),
  },
  idempotent: false,
  action: (i) => ({ type: 'admit', practitionerId: i.practitionerId, ...(i.mode ? { mode: i.mode } : {}) }),
});

export const reassignCaller = triageTool({
  name: 'reassign_caller',
  title: 'Reassign a caller',
  description: 'Move a caller to another queue or practitioner of the clinic (either or both; null clears it).',
  fields: {
    queueId: agentId('queue id').nullable().optional(),
    practitionerId: z.string().nullable().optional(),
  },
  idempotent: true,
  action: (i) => ({ type: 'reassign', queueId: i.queueId, practitionerId: i.practitionerId }),
});

export const setPriority = triageTool({
  name: 'set_priority',
  title: 'Set a caller’s priority',
  description:
    'Set a caller’s priority: 0 normal, 1 high, 2 urgent. Higher priority moves them up and tightens their wait thresholds.',
  fields: { priority: z.union([z.literal(0), z.literal(1), z.literal(2)]) },
  idempotent: true,
  action: (i) => ({ type: 'priority', priority: i.priority }),
});

export const addNote = triageTool({
  name: 'add_note',
  title: 'Note on a caller',
  description:
    'Set the staff note on a caller (replaces the previous note; an empty note clears it). Colleagues see it on the dashboard.',
  fields: { note: z.string().max(500) },
  idempotent: true,
  action: (i) => ({ type: 'note', note: i.note }),
});
