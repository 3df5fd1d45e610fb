import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, clinicParts } from '@/lib/core/clinic-time';
import { billableMinutes } from '@/lib/sessions/billable';
import { TIME_RULES } from '@/lib/sessions/booking';
import { MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { queryAudit } from '../audit';
import type { Staff } from '../auth/session';
import { setCoviuClientForTests } from '../coviu';
import { openDatabase, type Database } from '../db/client';
import { setDatabaseForTests } from '../db';
import { createTeam } from '../staff/teams';
import { createUser } from '../staff/users';
import { addParticipant, bookSession, cancelSession, rescheduleSession } from './actions';
import { listTeamSessions, loadTeamSession } from './load';
import { recordPlayback, sessionMedia, streamMedia } from './media';
import { notificationsFor, sendEntryLink } from './notifier';
import { sessionSummary } from './summary';

const ctx = { ip: '203.0.113.9', userAgent: 'vitest', actor: { id: null, email: 'test' } };
const TZ = 'Australia/Sydney';

describe('consultation sessions against the sandbox', () => {
  let t: TestSandbox;
  let database: Database;
  let staff: Staff;
  let hostId: string;
  let teamId: string;
  const now = () => t.now();

  beforeAll(async () => {
    t = await startTestSandbox();
    setCoviuClientForTests(t.coviu);
    database = await openDatabase({});
    setDatabaseForTests(database);
    teamId = t.team.id;
    await createTeam(ctx, { id: teamId, name: 'North Clinic', timezone: TZ });
    await createTeam(ctx, { id: 'other-team', name: 'Other Clinic', timezone: TZ });
    const host = await createUser(ctx, {
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'practitioner',
      teamIds: [teamId],
      password: 'a long enough password',
    });
    hostId = host.user.id;
    staff = {
      id: hostId,
      email: 'dr@example.com',
      name: 'Dr Ada',
      role: 'receptionist',
      teamIds: [teamId],
      preferences: {},
    };
  }, 60_000);
  afterAll(async () => {
    await t.sandbox.close();
    await database.close();
  });

  const tomorrow = () => addDays(clinicParts(now(), TZ).date, 1);
  const booking = (date: string, time: string) => ({
    name: 'Follow-up',
    when: { kind: 'scheduled' as const, date, time },
    durationMinutes: 20,
    hostIds: [hostId],
    guests: [{ name: 'Pat Guest', phone: '0412 345 678' }],
    options: { singleUseLinks: true, hideMenu: false },
  });

  it('books in clinic time, lists it as upcoming, reschedules and cancels, auditing each step', async () => {
    const view = await bookSession(ctx, staff, teamId, booking(tomorrow(), '09:30'), now());
    expect(clinicParts(Date.parse(view.startTime), TZ)).toEqual({ date: tomorrow(), time: '09:30' });
    expect(view.state).toBe('upcoming');
    expect(view.options.singleUseLinks).toBe(true);
    expect(view.participants.map((p) => [p.role, p.sms])).toEqual([
      ['HOST', null],
      ['GUEST', '•••• ••• 678'],
    ]);

    const day = {
      start: new Date(Date.parse(view.startTime) - 10 * 3_600_000),
      end: new Date(Date.parse(view.startTime) + 10 * 3_600_000),
    };
    const listed = await listTeamSessions(teamId, day.start, day.end, now());
    expect(listed.find((s) => s.id === view.id)).toMatchObject({
      state: 'upcoming',
      source: 'booked',
      hosts: ['Dr Ada'],
      guests: ['Pat Guest'],
    });
    expect(await listTeamSessions('other-team', day.start, day.end, now())).toEqual([]);

    const moved = await rescheduleSession(
      ctx,
      teamId,
      view.id,
      { date: tomorrow(), time: '11:00', durationMinutes: 30 },
      now(),
    );
    expect(clinicParts(Date.parse(moved.startTime), TZ).time).toBe('11:00');
    expect(Date.parse(moved.endTime) - Date.parse(moved.startTime)).toBe(30 * MINUTE);

    const answered = await cancelSession(ctx, teamId, view.id, now());
    // Its answer offers nothing a cancelled session would refuse.
    expect(answered.permissions.cancel).toMatch(/cancelled/);
    // Coviu hides a cancelled session from reads by id; it is found again through the list.
    const after = await loadTeamSession(teamId, view.id, now());
    expect(after.view.state).toBe('cancelled');
    expect(after.view.permissions.reschedule).toMatch(/cancelled/);
    await expect(cancelSession(ctx, teamId, view.id, now())).rejects.toMatchObject({ status: 409 });
    const actions = (await queryAudit({ teamId })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['session.book', 'session.reschedule', 'session.cancel']));
    await expect(loadTeamSession('other-team', view.id, now())).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a start in the past with the form’s own words, before asking Coviu', async () => {
    const before = (await t.stats())['POST /v1/sessions'] ?? 0;
    const today = clinicParts(now() - 60 * MINUTE, TZ);
    await expect(bookSession(ctx, staff, teamId, booking(today.date, today.time), now())).rejects.toMatchObject({
      status: 400,
      message: TIME_RULES.startInPast,
    });
    expect((await t.stats())['POST /v1/sessions'] ?? 0).toBe(before);
  });

  it('on a finished session: no additions (same reason as the screen), a summary with billable minutes, a recording in ranges', async () => {
    const arranged = await t.control<{ session_id: string }>('POST', '/_sandbox/sessions', {
      name: 'Earlier today',
      startTime: t.at(-120 * MINUTE).toISOString(),
      endTime: t.at(-100 * MINUTE).toISOString(),
      participants: [
        { display_name: 'Dr Ada', role: 'host' },
        { display_name: 'Sam', role: 'guest' },
      ],
    });
    const id = arranged.body.session_id;
    const loaded = await loadTeamSession(teamId, id, now());
    expect(loaded.view.state).toBe('finished');
    const before = (await t.stats())['POST /v1/sessions/{session_id}/participants'] ?? 0;
    await expect(
      addParticipant(ctx, teamId, id, { role: 'GUEST', guest: { name: 'Late' } }, now()),
    ).rejects.toMatchObject({
      status: 409,
      message: loaded.view.permissions.addParticipant,
    });
    expect((await t.stats())['POST /v1/sessions/{session_id}/participants'] ?? 0).toBe(before);
    await expect(sendEntryLink(ctx, staff, teamId, id, loaded.view.participants[1]!.id, 'sms')).rejects.toMatchObject({
      status: 409,
    });

    const { review } = await sessionSummary(teamId, id, now());
    const expected = billableMinutes(await t.coviu.sessions.summary(id));
    expect(review.billable.minutes).toBe(expected.minutes);
    expect(review.billable.minutes).toBeGreaterThan(0);
    expect(review.billable.working).toContain('rounded up to whole minutes');

    const media = await sessionMedia(teamId, id);
    expect(media).toHaveLength(1);
    const file = media[0]!.files[0]!;
    const ids = {
      sessionId: id,
      collectionId: media[0]!.collectionId,
      submissionId: media[0]!.submissionId,
      fileId: file.id,
    };
    const first = await streamMedia(
      ctx,
      teamId,
      ids,
      new Request('http://x/', { headers: { range: 'bytes=0-99' } }),
      false,
    );
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toMatch(/^bytes 0-99\//);
    expect((await first.arrayBuffer()).byteLength).toBe(100);
    const seek = await streamMedia(
      ctx,
      teamId,
      ids,
      new Request('http://x/', { headers: { range: 'bytes=100-199' } }),
      false,
    );
    expect(seek.status).toBe(206);
    await seek.body?.cancel();
    // Fetching the file (as a player does on page load) is not playing it; the play event is.
    expect((await queryAudit({ action: 'session.recording_play' })).length).toBe(0);
    await recordPlayback(ctx, teamId, ids);
    expect((await queryAudit({ action: 'session.recording_play' })).length).toBe(1);
    await expect(recordPlayback(ctx, teamId, { ...ids, fileId: 'not-this-one' })).rejects.toMatchObject({
      status: 404,
    });
    expect((await queryAudit({ action: 'session.recording_play' })).length).toBe(1);
    const download = await streamMedia(ctx, teamId, ids, new Request('http://x/'), true);
    await download.body?.cancel();
    expect((await queryAudit({ action: 'session.recording_download' })).length).toBe(1);
    await expect(
      streamMedia(ctx, teamId, { ...ids, fileId: 'not-this-one' }, new Request('http://x/'), false),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('starts a session "now" a moment ahead, as Coviu wants a start in the future', async () => {
    const view = await bookSession(ctx, staff, teamId, { ...booking('', ''), when: { kind: 'now' } }, now());
    expect(Date.parse(view.startTime) - now()).toBeGreaterThan(0);
    expect(Date.parse(view.startTime) - now()).toBeLessThanOrEqual(15_000);
    expect(Date.parse(view.endTime) - Date.parse(view.startTime)).toBe(20 * MINUTE);
  });

  it('records an entry link the built-in notifier would send, masked in the log', async () => {
    const view = await bookSession(
      ctx,
      staff,
      teamId,
      { ...booking(tomorrow(), '14:00'), options: { singleUseLinks: false, hideMenu: false } },
      now(),
    );
    const guest = view.participants.find((p) => p.role === 'GUEST')!;
    const delivery = await sendEntryLink(ctx, staff, teamId, view.id, guest.id, 'sms');
    expect(delivery.status).toBe('recorded');
    await expect(sendEntryLink(ctx, staff, teamId, view.id, guest.id, 'email')).rejects.toMatchObject({ status: 400 });
    const [sent] = await notificationsFor(view.id);
    expect(sent).toMatchObject({ channel: 'sms', recipient: '•••• ••• 678', status: 'recorded' });
    expect(sent!.body).toContain(guest.entryUrl!);
  });
});
