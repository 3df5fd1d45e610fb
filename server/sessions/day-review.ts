import 'server-only';
import type { Session } from '@/lib/sessions/types';
import { clinicDay, formatClinicTime } from '@/lib/core/clinic-time';
import { mapLimited } from '@/lib/core/map-limited';
import { dayFigures } from '@/lib/sessions/day-figures';
import { reviewSession } from '@/lib/sessions/review';
import type { DayReview, DayReviewRow } from '@/lib/sessions/view';
import { type AuditContext, recordAudit } from '../audit';
import { coviu, isCoviuError } from '../coviu';
import { type CsvFile, toCsv } from '../csv';
import { HttpError } from '../errors';
import { requireTeam } from '../staff/teams';
import { billableRule } from './billing-rule';
import { listTeamSessions } from './load';

const CONCURRENCY = 4;

/** A clinic's day of sessions, for the manager's end-of-day review: what ran long, who never came. */
export async function dayReview(teamId: string, date: string, now = Date.now()): Promise<DayReview> {
  const team = await requireTeam(teamId);
  const day = clinicDay(date, team.timezone);
  if (!day) throw new HttpError(400, 'bad_date', 'Choose a day as YYYY-MM-DD.');
  const rule = await billableRule(teamId);
  const items = await listTeamSessions(teamId, day.start, day.end, now);
  const rows = await mapLimited(items, CONCURRENCY, async (item): Promise<DayReviewRow> => {
    const row: DayReviewRow = {
      id: item.id,
      name: item.name,
      hosts: item.hosts,
      state: item.state,
      scheduledStart: item.startTime,
      scheduledEnd: item.endTime,
      actualStart: null,
      actualEnd: null,
      ...dayFigures({ scheduledStart: item.startTime, scheduledEnd: item.endTime, actualStart: null, actualEnd: null }),
      noShow: null,
      missingSummary: false,
      billableMinutes: null,
    };
    if (item.state !== 'finished') return row;
    try {
      const summary = await coviu().sessions.summary(item.id);
      const session: Session = {
        id: item.id,
        name: item.name,
        teamId,
        startTime: item.startTime,
        endTime: item.endTime,
        actualStartTime: null,
        actualEndTime: summary.actualEndTime,
        canceledAt: null,
        picture: null,
        featureFlags: [],
        participants: [],
      };
      const review = reviewSession(session, summary, rule);
      return {
        ...row,
        actualStart: review.actualStart,
        actualEnd: review.actualEnd,
        ...dayFigures(review),
        noShow: review.noShow,
        missingSummary: review.empty,
        billableMinutes: review.billable.minutes,
      };
    } catch (error) {
      if (!isCoviuError(error)) throw error;
      return { ...row, missingSummary: true };
    }
  });
  const finished = rows.filter((r) => r.state === 'finished');
  return {
    date,
    timezone: team.timezone,
    rows,
    totals: {
      sessions: rows.length,
      finished: finished.length,
      cancelled: rows.filter((r) => r.state === 'cancelled').length,
      noShows: finished.filter((r) => r.noShow).length,
      overruns: finished.filter((r) => (r.overrunMinutes ?? 0) > 0).length,
      missingSummaries: finished.filter((r) => r.missingSummary).length,
      billableMinutes: finished.reduce((sum, r) => sum + (r.billableMinutes ?? 0), 0),
    },
  };
}

export const DAY_REVIEW_COLUMNS = [
  'Session',
  'Hosts',
  'State',
  'Scheduled start',
  'Scheduled (min)',
  'Actual (min)',
  'Overrun (min)',
  'No-show',
  'Summary missing',
  'Billable (min)',
  // Added after the first ten, so files read by the first layout still line up.
  'Booked end',
  'Actual start',
  'Actual end',
  'Started late (min)',
];

export function dayReviewCells(review: DayReview): unknown[][] {
  return review.rows.map((r) => [
    r.name ?? '',
    r.hosts.join('; '),
    r.state,
    formatClinicTime(r.scheduledStart, review.timezone),
    r.scheduledMinutes,
    r.actualMinutes,
    r.overrunMinutes,
    r.noShow === null ? '' : r.noShow ? 'yes' : 'no',
    r.missingSummary ? 'yes' : 'no',
    r.billableMinutes,
    formatClinicTime(r.scheduledEnd, review.timezone),
    r.actualStart ? formatClinicTime(r.actualStart, review.timezone) : '',
    r.actualEnd ? formatClinicTime(r.actualEnd, review.timezone) : '',
    r.lateStartMinutes,
  ]);
}

/** The day's review as CSV; the export is audited. */
export async function exportDayReview(audit: AuditContext, teamId: string, date: string): Promise<CsvFile> {
  const review = await dayReview(teamId, date);
  await recordAudit(audit, {
    action: 'session.review_export',
    resourceType: 'team',
    resourceId: teamId,
    teamId,
    changes: { date, rows: review.rows.length },
  });
  return { body: toCsv(DAY_REVIEW_COLUMNS, dayReviewCells(review)), filename: `waitboard-sessions-${date}.csv` };
}
