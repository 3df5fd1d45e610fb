import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { SandboxContext } from '../context';
import { DEFAULT_OPTIONS } from '../options';
import { isFinished, planTimeline } from './attendance';

describe('the booked timetable', () => {
  it('gives a fresh simulated clinic finished, running-soon and upcoming sessions, with recordings', () => {
    const start = Date.UTC(2026, 10, 23, 2, 0); // 13:00 in Sydney
    const ctx = new SandboxContext({ ...DEFAULT_OPTIONS, timeScale: 0, simulate: true, startAt: start });
    ctx.sync();
    const sessions = [...ctx.store.sessions.values()];
    expect(sessions.length).toBeGreaterThan(15);
    const finished = sessions.filter((s) => isFinished(s, planTimeline(s, ctx.options.seed), start));
    const upcoming = sessions.filter((s) => s.startTime > start);
    expect(finished.length).toBeGreaterThan(5);
    expect(upcoming.length).toBeGreaterThan(5);
    const recorded = new Set([...ctx.store.submissions.values()].map((x) => x.sessionId));
    expect(finished.some((s) => recorded.has(s.sessionId))).toBe(true);
    expect(sessions.every((s) => s.participants.some((p) => p.role === 'HOST') && s.createdAt < s.startTime)).toBe(
      true,
    );
  });
});

describe('arranging sessions through the control API', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startTestSandbox();
  });
  afterAll(() => t.sandbox.close());

  it('puts a session in the past that has already happened, with a summary matching its timeline', async () => {
    const created = await t.control<{ session_id: string }>('POST', '/_sandbox/sessions', {
      name: 'Yesterday',
      startTime: t.at(-90 * MINUTE).toISOString(),
      endTime: t.at(-60 * MINUTE).toISOString(),
      participants: [
        { display_name: 'Dr Who', role: 'host' },
        { display_name: 'Pat', role: 'guest' },
      ],
    });
    expect(created.status).toBe(201);
    const id = created.body.session_id;
    const summary = await t.coviu.sessions.summary(id);
    const timeline = (
      await t.control<{ actualEnd: string; attendance: { participantId: string; entry: string }[] }>(
        'GET',
        `/_sandbox/sessions/${id}/timeline`,
      )
    ).body;
    expect(summary.actualEndTime).toBe(timeline.actualEnd);
    expect(summary.participants.map((p) => p.entryTime).sort()).toEqual(timeline.attendance.map((a) => a.entry).sort());
    const refused = await t.control('POST', '/_sandbox/sessions', {
      startTime: 'soon',
      endTime: 'later',
      participants: [],
    });
    expect(refused.status).toBe(400);
  });
});
