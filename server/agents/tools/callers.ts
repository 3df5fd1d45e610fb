import 'server-only';
import { z } from 'zod';
import { HttpError } from '../../errors';
import { viewCallerDetails } from '../../waiting/caller-details';
import { defineTool } from '../mcp/tool';
import { agentCaller } from './caller-view';
import { liveCallers } from './live-snapshot';
import { agentId } from './ids';

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export const listWaitingCallers = defineTool({
  name: 'list_waiting_callers',
  title: 'List waiting callers',
  description:
    'Everyone in a clinic’s video waiting area now, most urgent first: how long each has waited, their level against the clinic’s thresholds, who claimed them, admissions and the expected wait.',
  scope: 'read',
  input: z.object({
    teamId: agentId('clinic id').describe('From list_clinics'),
    queueId: agentId('queue id').optional().describe('Only this queue'),
    includeBeingSeen: z.boolean().default(false).describe('Also list callers already with a practitioner'),
  }),
  output: z.object({
    callers: z.array(agentCaller),
    counts: z.object({ waiting: z.number(), warn: z.number(), critical: z.number() }),
    fetchedAt: z.string().nullable().describe('When Coviu last answered'),
    problem: z.string().nullable().describe('Why the list may be out of date, if it may'),
  }),
  annotations: READ,
  async run(ctx, input) {
    const live = await liveCallers(ctx, input.teamId);
    const callers = live.callers.filter(
      (c) =>
        (!input.queueId || c.queueId === input.queueId) &&
        (c.status === 'waiting' || c.status === 'on-hold' || (input.includeBeingSeen && c.status === 'being-seen')),
    );
    const waiting = callers.filter((c) => c.status !== 'being-seen');
    return {
      callers,
      counts: {
        waiting: waiting.length,
        warn: waiting.filter((c) => c.level === 'warn').length,
        critical: waiting.filter((c) => c.level === 'critical').length,
      },
      fetchedAt: live.fetchedAt,
      problem: live.error,
    };
  },
});

const details = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  medicareNumber: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  reason: z.string().nullable(),
});

export const getCaller = defineTool({
  name: 'get_caller',
  title: 'Get a caller',
  description:
    'One caller in a clinic’s waiting area. With the patient-details scope it also reads what their entry form collected (name, phone, Medicare number, reason), and that view is audited as the screens’ is.',
  scope: 'read',
  input: z.object({ teamId: agentId('clinic id'), callId: agentId('caller id') }),
  output: z.object({ caller: agentCaller, details: details.nullable() }),
  annotations: READ,
  async run(ctx, input) {
    const live = await liveCallers(ctx, input.teamId);
    const caller = live.callers.find((c) => c.callId === input.callId);
    if (!caller) throw new HttpError(404, 'caller_not_found', 'This caller is no longer in the waiting area.');
    if (!ctx.has('patient-details')) return { caller, details: null };
    const { patient } = await viewCallerDetails(ctx.audit, input.teamId, input.callId);
    return {
      caller,
      details: {
        name: patient.name,
        phone: patient.phone,
        medicareNumber: patient.medicareNumber,
        dateOfBirth: patient.dateOfBirth,
        reason: patient.reason,
      },
    };
  },
});
