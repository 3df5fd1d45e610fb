import 'server-only';
import { dayRange } from '@/lib/core/day-range';
import { HttpError } from '../errors';
import { getTeamSettings } from '../settings/store';
import { requireTeam } from '../staff/teams';
import { db } from '../db';
import type { QueueReport } from '@/lib/reports/types';
import { queueReport, type ReportRequest } from './report';
import { waitingNow } from './waiting-now';

const MAX_DAYS = 400;

/** What a report is asked for: clinic days (both included) and optionally one queue. */
export interface ReportAsk {
  from?: string;
  to?: string;
  queue?: string | null;
}

/** A report's range and queue from the URL, in the clinic's calendar, checked. */
export function reportRequest(teamId: string, url: URL): Promise<ReportRequest> {
  const p = url.searchParams;
  return checkedRequest(teamId, {
    from: p.get('from') ?? undefined,
    to: p.get('to') ?? undefined,
    queue: p.get('queue'),
  });
}

async function checkedRequest(teamId: string, ask: ReportAsk): Promise<ReportRequest> {
  const { from, to } = dayRange(MAX_DAYS).parse({ from: ask.from, to: ask.to });
  const queue = ask.queue || null;
  const team = await requireTeam(teamId);
  if (queue && !team.queues.some((x) => x.id === queue))
    throw new HttpError(400, 'unknown_queue', 'Choose a queue of this clinic.');
  const settings = await getTeamSettings(teamId);
  return { teamId, queueId: queue, from, to, timezone: settings.timezone, targetMinutes: settings.answerTargetMinutes };
}

/** The queue report the URL asks for. */
export async function reportFromUrl(teamId: string, url: URL): Promise<QueueReport> {
  return reportOf(await reportRequest(teamId, url));
}

/** The same report asked for by its parts (an assistant's tool call), with the same checks. */
export async function reportFor(teamId: string, ask: ReportAsk): Promise<QueueReport> {
  return reportOf(await checkedRequest(teamId, ask));
}

async function reportOf(request: ReportRequest): Promise<QueueReport> {
  const report = await queueReport(await db(), request);
  return { ...report, waitingNow: await waitingNow(request) };
}
