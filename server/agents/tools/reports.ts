import 'server-only';
import { z } from 'zod';
import { localDate } from '@/lib/core/day-range';
import { roleAllowed, ruleFor } from '../../auth/route-policy';
import { HttpError } from '../../errors';
import { reportFor } from '../../reports/request';
import { dayReview } from '../../sessions/day-review';
import { defineTool, type ToolContext } from '../mcp/tool';
import { agentId } from './ids';

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
const n = z.number().nullable();

/**
 * The screen's own access rule decides, so a token is refused what its owner's Reports or review
 * page would refuse them, in the words the route gives.
 */
function requireScreen(ctx: ToolContext, path: string): void {
  const match = ruleFor(path);
  if (!match || !roleAllowed(match.rule.access, ctx.staff.role))
    throw new HttpError(403, 'forbidden', 'Your role does not allow this.');
}

const summary = z.object({
  arrivals: z.number(),
  transferredIn: z.number(),
  answered: z.number(),
  abandoned: z.number(),
  transferredOut: z.number(),
  withinTarget: z.number().describe('Answered within the clinic’s answer target'),
  withinTargetShare: n.describe('withinTarget ÷ (answered + abandoned)'),
  medianWaitSeconds: n,
  p90WaitSeconds: n,
  maxWaitSeconds: n,
  abandonedMedianWaitSeconds: n,
  abandonedMaxWaitSeconds: n,
  unsettled: z.number().describe('Arrivals still waiting or on hold when last seen'),
});

export const queueReport = defineTool({
  name: 'queue_report',
  title: 'Queue report',
  description:
    'The Reports page’s figures for a clinic (optionally one queue) over clinic days, both included: arrivals, answered and abandoned callers, waits against the answer target, by hour and by practitioner, with the same figures for the days just before. Practice managers only.',
  scope: 'reports',
  input: z.object({
    teamId: agentId('clinic id').describe('From list_clinics'),
    from: localDate.describe('First clinic day, YYYY-MM-DD'),
    to: localDate.describe('Last clinic day, YYYY-MM-DD (included)'),
    queueId: agentId('queue id').optional().describe('Only this queue (from list_clinics)'),
  }),
  output: z.object({
    from: z.string(),
    to: z.string(),
    queueId: z.string().nullable(),
    timezone: z.string(),
    targetMinutes: z.number(),
    summary,
    hourly: z.array(z.object({ hour: z.number(), arrivals: z.number(), answered: z.number() })),
    practitioners: z.array(
      z.object({
        practitionerId: z.string().nullable(),
        name: z.string().nullable(),
        consults: z.number(),
        unfinished: z.number(),
        medianSeconds: n,
        shortestSeconds: n,
        totalSeconds: z.number(),
      }),
    ),
    previous: z.object({ from: z.string(), to: z.string(), summary }).nullable(),
    waitingNow: z.object({ count: z.number(), longestSeconds: n, asOf: z.string() }).nullable(),
  }),
  annotations: READ,
  async run(ctx, input) {
    requireScreen(ctx, '/api/teams/[teamId]/reports');
    const report = await reportFor(ctx.clinic(input.teamId), { from: input.from, to: input.to, queue: input.queueId });
    // The heat map is a picture for the page: 168 cells of it would only crowd the conversation.
    return {
      from: report.from,
      to: report.to,
      queueId: report.queueId,
      timezone: report.timezone,
      targetMinutes: report.targetMinutes,
      summary: report.summary,
      hourly: report.hourly,
      practitioners: report.practitioners,
      previous: report.previous,
      waitingNow: report.waitingNow,
    };
  },
});

const row = z.object({
  sessionId: z.string(),
  name: z.string().nullable(),
  hosts: z.array(z.string()),
  state: z.enum(['upcoming', 'in-progress', 'finished', 'cancelled']),
  scheduledStart: z.string(),
  scheduledEnd: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  scheduledMinutes: z.number(),
  actualMinutes: n,
  overrunMinutes: n.describe('Past the booked end; negative when it ended early'),
  lateStartMinutes: n,
  noShow: z.boolean().nullable().describe('No guest ever joined (finished sessions only)'),
  missingSummary: z.boolean().describe('Finished, but Coviu has no summary of it'),
  billableMinutes: n,
});

export const dayReviewTool = defineTool({
  name: 'day_review',
  title: 'End-of-day review',
  description:
    'The end-of-day review of one clinic day, as the Sessions review page shows it: each session’s booked and actual times, overruns, late starts, no-shows, missing summaries and billable minutes, with the day’s totals. Practice managers only.',
  scope: 'reports',
  input: z.object({
    teamId: agentId('clinic id').describe('From list_clinics'),
    date: localDate.describe('The clinic day, YYYY-MM-DD'),
  }),
  output: z.object({
    date: z.string(),
    timezone: z.string(),
    rows: z.array(row),
    totals: z.object({
      sessions: z.number(),
      finished: z.number(),
      cancelled: z.number(),
      noShows: z.number(),
      overruns: z.number(),
      missingSummaries: z.number(),
      billableMinutes: z.number(),
    }),
  }),
  annotations: READ,
  async run(ctx, input) {
    requireScreen(ctx, '/api/teams/[teamId]/session-review');
    const review = await dayReview(ctx.clinic(input.teamId), input.date);
    return { ...review, rows: review.rows.map(({ id, ...rest }) => ({ sessionId: id, ...rest })) };
  },
});
