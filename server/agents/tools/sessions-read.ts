import 'server-only';
import { z } from 'zod';
import { dayRange, localDate } from '@/lib/core/day-range';
import { BASIS_LABELS } from '@/lib/sessions/billable';
import { dayFigures } from '@/lib/sessions/day-figures';
import { leftReasonLabel } from '@/lib/sessions/left-reason';
import { listSessionsInDays, loadTeamSession, MAX_RANGE_DAYS } from '../../sessions/load';
import { sessionSummary } from '../../sessions/summary';
import { defineTool } from '../mcp/tool';
import { agentSession, agentSessionItem, personName, sessionTarget, toAgentItem, toAgentSession } from './session-view';
import { agentId } from './ids';

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
const iso = (t: number) => new Date(t).toISOString();

export const listSessions = defineTool({
  name: 'list_sessions',
  title: 'List sessions',
  description: `A clinic’s video sessions starting between two of its calendar days (both included, at most ${MAX_RANGE_DAYS} days apart), cancelled ones too, earliest first.`,
  scope: 'read',
  input: z.object({
    teamId: agentId('clinic id').describe('From list_clinics'),
    from: localDate.describe('First clinic day, YYYY-MM-DD'),
    to: localDate.describe('Last clinic day, YYYY-MM-DD (included)'),
    state: z
      .enum(['upcoming', 'in-progress', 'finished', 'cancelled'])
      .optional()
      .describe('Only sessions in this state'),
  }),
  output: z.object({
    sessions: z.array(agentSessionItem),
    timezone: z.string().describe('The clinic’s timezone: its calendar days and times'),
    now: z.string(),
  }),
  annotations: READ,
  async run(ctx, input) {
    const { from, to } = dayRange(MAX_RANGE_DAYS).parse({ from: input.from, to: input.to });
    const { sessions, timezone } = await listSessionsInDays(ctx.clinic(input.teamId), from, to);
    return {
      sessions: sessions.filter((s) => !input.state || s.state === input.state).map((s) => toAgentItem(s, ctx)),
      timezone,
      now: new Date().toISOString(),
    };
  },
});

export const getSession = defineTool({
  name: 'get_session',
  title: 'Get a session',
  description:
    'One session: its times, state, participants (with entry links and whether a link can be sent by SMS or email) and, for each change, whether it is allowed now or why not.',
  scope: 'read',
  input: z.object(sessionTarget),
  output: z.object({ session: agentSession }),
  annotations: READ,
  async run(ctx, input) {
    const { view } = await loadTeamSession(ctx.clinic(input.teamId), input.sessionId);
    return { session: toAgentSession(view, ctx) };
  },
});

const interval = z.object({ from: z.string(), to: z.string() });

export const getSessionSummary = defineTool({
  name: 'get_session_summary',
  title: 'Summary of a finished session',
  description:
    'What happened in a finished session: when it really started and ended against the booking, who attended and for how long, and its billable minutes with the working (the clinic’s rule, the rounding and the stretches it counted).',
  scope: 'read',
  input: z.object(sessionTarget),
  output: z.object({
    session: agentSession,
    scheduledStart: z.string(),
    scheduledEnd: z.string(),
    actualStart: z.string().nullable(),
    actualEnd: z.string().nullable(),
    scheduledMinutes: z.number(),
    actualMinutes: z.number().nullable(),
    overrunMinutes: z.number().nullable().describe('Past the booked end; negative when it ended early'),
    lateStartMinutes: z.number().nullable(),
    noShow: z.boolean().describe('No guest ever entered the call'),
    attendance: z.array(
      z.object({
        participantId: z.string(),
        name: z.string(),
        role: z.enum(['HOST', 'GUEST', 'PARTICIPANT']),
        entry: z.string().nullable(),
        exit: z.string().nullable(),
        presentSeconds: z.number(),
        left: z.string().nullable().describe('Why they left, in words'),
        removed: z.boolean(),
      }),
    ),
    billable: z.object({
      minutes: z.number(),
      working: z.string().describe('The working as the session page shows it'),
      basis: z.enum(['overlap', 'host', 'call']),
      basisMeans: z.string(),
      unitMinutes: z.number(),
      rounding: z.enum(['up', 'nearest', 'down']),
      countedSeconds: z.number().describe('Before rounding'),
      intervals: z.array(interval).describe('The stretches of time the rule counted'),
    }),
  }),
  annotations: READ,
  async run(ctx, input) {
    const { session, review } = await sessionSummary(ctx.clinic(input.teamId), input.sessionId);
    const { billable } = review;
    return {
      session: toAgentSession(session, ctx),
      scheduledStart: review.scheduledStart,
      scheduledEnd: review.scheduledEnd,
      actualStart: review.actualStart,
      actualEnd: review.actualEnd,
      ...dayFigures(review),
      noShow: review.noShow,
      attendance: review.attendance.map((a) => ({
        participantId: a.participantId,
        name: personName(a.name, a.role, ctx),
        role: a.role,
        entry: a.entry,
        exit: a.exit,
        presentSeconds: Math.round(a.presentMs / 1000),
        left: leftReasonLabel(a.leftReason),
        removed: a.removed,
      })),
      billable: {
        minutes: billable.minutes,
        working: billable.working,
        basis: billable.rule.basis,
        basisMeans: BASIS_LABELS[billable.rule.basis],
        unitMinutes: billable.rule.unitMinutes,
        rounding: billable.rule.rounding,
        countedSeconds: Math.round(billable.countedMs / 1000),
        intervals: billable.intervals.map((i) => ({ from: iso(i.from), to: iso(i.to) })),
      },
    };
  },
});
