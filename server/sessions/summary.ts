import 'server-only';
import { reviewSession, type SessionReview } from '@/lib/sessions/review';
import type { SessionView } from '@/lib/sessions/view';
import { coviu } from '../coviu';
import { HttpError } from '../errors';
import { billableRule } from './billing-rule';
import { loadTeamSession } from './load';

interface SummaryResponse {
  session: SessionView;
  review: SessionReview;
}

/** What happened in a finished session: Coviu's summary read against the booking and the billing rule. */
export async function sessionSummary(teamId: string, sessionId: string, now = Date.now()): Promise<SummaryResponse> {
  const loaded = await loadTeamSession(teamId, sessionId, now);
  if (loaded.view.state !== 'finished') {
    throw new HttpError(
      409,
      'not_finished',
      loaded.view.state === 'cancelled'
        ? 'This session was cancelled, so nothing happened in it.'
        : 'This session has not finished yet; its summary comes once everyone has left.',
    );
  }
  const summary = await coviu().sessions.summary(sessionId);
  return { session: loaded.view, review: reviewSession(loaded.session, summary, await billableRule(teamId)) };
}
