import { expect, test } from '@playwright/test';
import { clinicParts } from '../lib/core/clinic-time';
import { connect, makeAgentToken } from './mcp-clients';
import {
  baseURL,
  call,
  finishedSession,
  firstTeamId,
  MINUTE,
  tomorrowInClinic,
  TZ,
  upcomingSession,
} from './mcp-sessions-kit';
import { sandboxSessions } from './sandbox-control';

// Issue 14: what the session and report tools read is the screens' own figures, with the working.

const HINTS: Record<string, [readOnly: boolean, destructive: boolean, idempotent: boolean, openWorld: boolean]> = {
  list_sessions: [true, false, true, false],
  get_session: [true, false, true, false],
  get_session_summary: [true, false, true, false],
  list_recordings: [true, false, true, false],
  book_session: [false, false, false, false],
  add_participant: [false, false, false, false],
  reschedule_session: [false, false, true, false],
  send_entry_link: [false, false, false, true],
  cancel_session: [false, true, true, false],
  remove_participant: [false, true, true, false],
  queue_report: [true, false, true, false],
  day_review: [true, false, true, false],
};

test('the session tools say honestly what they do (send_entry_link reaches patients)', async () => {
  const scopes = ['read', 'sessions', 'sessions:cancel', 'reports'];
  const { token } = await makeAgentToken(baseURL(), 'manager', { scopes });
  const mcp = await connect(baseURL(), token, 'legacy');
  try {
    const tools = await mcp.listTools();
    for (const [name, [readOnlyHint, destructiveHint, idempotentHint, openWorldHint]] of Object.entries(HINTS)) {
      const tool = tools.find((t) => t.name === name);
      expect(tool?.annotations, name).toMatchObject({ readOnlyHint, destructiveHint, idempotentHint, openWorldHint });
    }
  } finally {
    await mcp.close();
  }
});

test('get_session_summary gives billable minutes with the working, as the session page does', async () => {
  const teamId = await firstTeamId();
  const sessionId = await finishedSession('Agent summary');
  // The sandbox's plan for the session, and the default rule's answer: overlap of host and guest, rounded up.
  const plan = await sandboxSessions.timeline(sessionId);
  const span = (host: boolean) => {
    const a = plan.attendance.find((x) => (x.role === 'HOST') === host)!;
    return [Date.parse(a.entry), Date.parse(a.exit)] as const;
  };
  const [hostIn, hostOut] = span(true);
  const [guestIn, guestOut] = span(false);
  const overlap = Math.max(0, Math.min(hostOut, guestOut) - Math.max(hostIn, guestIn));

  const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read'] });
  const mcp = await connect(baseURL(), token, 'modern');
  try {
    type Summary = {
      billable: {
        minutes: number;
        working: string;
        basis: string;
        unitMinutes: number;
        rounding: string;
        countedSeconds: number;
        intervals: { from: string; to: string }[];
      };
      attendance: { name: string; role: string }[];
    };
    const { isError, text, data } = await call<Summary>(mcp, 'get_session_summary', { teamId, sessionId });
    expect(isError, text).toBe(false);
    expect(data.billable).toMatchObject({ minutes: Math.ceil(overlap / MINUTE), basis: 'overlap', unitMinutes: 1 });
    expect(data.billable.rounding).toBe('up');
    expect(data.billable.countedSeconds).toBe(Math.round(overlap / 1000));
    expect(data.billable.working).toMatch(
      /^\d+ min( \d+ s)? of time a host and a guest were both in the call, rounded up to whole minutes = \d+ min$/,
    );
    expect(data.billable.intervals).toEqual([
      {
        from: new Date(Math.max(hostIn, guestIn)).toISOString(),
        to: new Date(Math.min(hostOut, guestOut)).toISOString(),
      },
    ]);
    expect(data.attendance.map((a) => a.name).sort()).toEqual(['Dr Pat Practitioner', 'S. G.']);

    // A session still to come has no summary: the page's words say why.
    const ahead = await upcomingSession('Agent no summary yet');
    const early = await call(mcp, 'get_session_summary', { teamId, sessionId: ahead.id });
    expect(early.isError).toBe(true);
    expect(early.text).toBe('This session has not finished yet; its summary comes once everyone has left.');
    // The sessions list reaches as far as its screen does.
    const year = await call(mcp, 'list_sessions', { teamId, from: '2026-01-01', to: '2026-12-31' });
    expect(year.isError).toBe(true);
    expect(year.text).toContain('Choose at most 62 days at a time.');
    const listed = await call<{ sessions: { sessionId: string }[] }>(mcp, 'list_sessions', {
      teamId,
      from: tomorrowInClinic(),
      to: tomorrowInClinic(),
      state: 'upcoming',
    });
    expect(listed.data.sessions.map((x) => x.sessionId)).toContain(ahead.id);
  } finally {
    await mcp.close();
  }
});

test('day_review and queue_report: a manager’s figures; a receptionist’s token cannot have them', async () => {
  const teamId = await firstTeamId();
  const sessionId = await finishedSession('Agent review');
  const day = clinicParts(Date.now() - 90 * MINUTE, TZ).date;
  const { token } = await makeAgentToken(baseURL(), 'manager', { scopes: ['read', 'reports'] });
  const mcp = await connect(baseURL(), token, 'v1');
  try {
    type Review = { date: string; rows: { sessionId: string; state: string; billableMinutes: number | null }[] };
    const review = await call<Review>(mcp, 'day_review', { teamId, date: day });
    expect(review.isError, review.text).toBe(false);
    expect(review.data.rows.find((r) => r.sessionId === sessionId)).toMatchObject({ state: 'finished' });

    const report = await call<{ summary: { arrivals: number }; hourly: unknown[] }>(mcp, 'queue_report', {
      teamId,
      from: day,
      to: day,
    });
    expect(report.isError, report.text).toBe(false);
    expect(report.data.summary.arrivals).toBeGreaterThanOrEqual(0);
    expect(report.data.hourly.length).toBeGreaterThan(0);
    const unknownQueue = await call(mcp, 'queue_report', { teamId, from: day, to: day, queueId: 'no-such-queue' });
    expect(unknownQueue.isError).toBe(true);
    expect(unknownQueue.text).toBe('Choose a queue of this clinic.');
  } finally {
    await mcp.close();
  }
  const reception = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read'] });
  const other = await connect(baseURL(), reception.token, 'v1');
  try {
    const names = (await other.listTools()).map((t) => t.name);
    expect(names).toContain('get_session_summary');
    expect(names).not.toContain('day_review');
    expect(names).not.toContain('queue_report');
  } finally {
    await other.close();
  }
});
