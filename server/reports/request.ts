import 'server-only';
import { dayRangeOf } from '@/lib/core/day-range';
import { HttpError } from '../errors';
import { getTeamSettings } from '../settings/store';
import { requireTeam } from '../staff/teams';
import { db } from '../db';
import type { QueueReport } from '@/lib/reports/types';
import { queueReport, type ReportRequest } from './report';
import { waitingNow } from './waiting-now';

const MAX_DAYS = 400;

/** A report's range and queue from the URL, in the clinic's calendar, checked. */
export async function reportRequest(teamId: string, url: URL): Promise<ReportRequest> {
  const { from, to } = dayRangeOf(url, MAX_DAYS);
  const queue = url.searchParams.get('queue') || null;
  const team = await requireTeam(teamId);
  if (queue && !team.queues.some((x) => x.id === queue))
    throw new HttpError(400, 'unknown_queue', 'Choose a queue of this clinic.');
  const settings = await getTeamSettings(teamId);
  return { teamId, queueId: queue, from, to, timezone: settings.timezone, targetMinutes: settings.answerTargetMinutes };
}

/** The queue report the URL asks for. */
export async function reportFromUrl(teamId: string, url: URL): Promise<QueueReport> {
  const request = await reportRequest(teamId, url);
  const report = await queueReport(await db(), request);
  return { ...report, waitingNow: await waitingNow(request) };
}
