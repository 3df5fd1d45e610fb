import 'server-only';
import { z } from 'zod';
import { addDays } from '@/lib/format/clinic-time';
import { HttpError } from '../http/handler';
import { getTeamSettings } from '../settings/store';
import { findTeam } from '../staff/teams';
import type { ReportRequest } from './report';

const MAX_DAYS = 400;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Choose days as YYYY-MM-DD.' });
const query = z.object({ from: date, to: date, queue: z.string().min(1).optional() });

/** A report's range and queue from the URL, in the clinic's calendar, checked. */
export async function reportRequest(teamId: string, url: URL): Promise<ReportRequest> {
  const q = query.parse({ from: url.searchParams.get('from') ?? undefined, to: url.searchParams.get('to') ?? undefined, queue: url.searchParams.get('queue') || undefined });
  if (q.to < q.from) throw new HttpError(400, 'bad_range', 'The last day must not be before the first.');
  if (addDays(q.from, MAX_DAYS) < q.to) throw new HttpError(400, 'bad_range', `Choose at most ${MAX_DAYS} days at a time.`);
  const team = await findTeam(teamId);
  if (!team) throw new HttpError(404, 'team_not_found', 'This clinic is not set up in Waitboard.');
  if (q.queue && !team.queues.some((x) => x.id === q.queue)) throw new HttpError(400, 'unknown_queue', 'Choose a queue of this clinic.');
  const settings = await getTeamSettings(teamId);
  return { teamId, queueId: q.queue ?? null, from: q.from, to: q.to, timezone: settings.timezone, targetMinutes: settings.answerTargetMinutes };
}
