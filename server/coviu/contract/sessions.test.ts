import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';
import { CoviuError } from '../errors';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

const at = (offsetMs: number) => t.at(offsetMs);

async function book(offsetMs = 10 * MINUTE, minutes = 30, name = 'Consult') {
  return t.coviu.sessions.create({
    name,
    startTime: at(offsetMs),
    endTime: at(offsetMs + minutes * MINUTE),
    participants: [
      { displayName: 'Dr Host', role: 'HOST' },
      { displayName: 'Pat Guest', role: 'GUEST', phone: '0400 111 222' },
    ],
    featureFlags: ['session;enforce-participant-uniqueness'],
  });
}

describe('sessions against the sandbox', () => {
  it('creates, reads back and lists a session with its participants and entry links', async () => {
    const created = await book();
    expect(created.participants.map((p) => p.role)).toEqual(['HOST', 'GUEST']);
    expect(created.participants[0]!.entryUrl).toMatch(new RegExp(`/session/${created.participants[0]!.id}$`));
    expect(created.featureFlags).toEqual(['session;enforce-participant-uniqueness']);
    const fetched = await t.coviu.sessions.get(created.id);
    expect(fetched.startTime).toBe(created.startTime);
    expect(fetched.participants[1]!.phone).toBe('0400 111 222');
  });

  it('refuses a start in the past and an end before the start, with Coviu-style 400s', async () => {
    const past = t.coviu.sessions.create({ startTime: at(-MINUTE), endTime: at(MINUTE) });
    const backwards = t.coviu.sessions.create({ startTime: at(2 * MINUTE), endTime: at(MINUTE) });
    const [e1, e2] = (await Promise.all([past.catch((e) => e), backwards.catch((e) => e)])) as CoviuError[];
    expect([e1!.code, e1!.status, e1!.upstreamMessage]).toEqual([
      'validation',
      400,
      'start_time must be in the future',
    ]);
    expect(e2!.upstreamMessage).toBe('end_time must be after start_time');
  });

  it('walks pages until more is false, in creation order or reversed', async () => {
    const before = (await t.coviu.sessions.listAll()).length;
    for (let i = 0; i < 5; i++) await book((20 + i) * MINUTE, 15, `Paged ${i}`);
    const page = await t.coviu.sessions.list({ page: 0, pageSize: 2 });
    expect(page.sessions).toHaveLength(2);
    expect(page.more).toBe(true);
    const all = await t.coviu.sessions.listAll({ pageSize: 2 });
    expect(all).toHaveLength(before + 5);
    const reversed = await t.coviu.sessions.list({ order: 'reverse', pageSize: 1 });
    expect(reversed.sessions[0]!.name).toBe('Paged 4');
  });

  it('filters by start time, sorting by start', async () => {
    const late = await book(5 * 60 * MINUTE, 30, 'Late');
    const early = await book(4 * 60 * MINUTE, 30, 'Early');
    const found = await t.coviu.sessions.list({ startTime: at(3 * 60 * MINUTE) });
    expect(found.sessions.map((s) => s.id)).toEqual([early.id, late.id]);
  });

  it('reschedules a future session and cancels it; a cancelled session reads as gone (401)', async () => {
    const s = await book(60 * MINUTE);
    const moved = await t.coviu.sessions.update(s.id, {
      startTime: at(90 * MINUTE),
      endTime: at(120 * MINUTE),
      name: 'Moved',
    });
    expect(moved.name).toBe('Moved');
    expect(Date.parse(moved.startTime)).toBe(at(90 * MINUTE).getTime());
    await t.coviu.sessions.cancel(s.id);
    expect(await codeOf(t.coviu.sessions.get(s.id))).toBe('not_found');
    const listed = await t.coviu.sessions.listAll({ includeCanceled: true });
    expect(listed.find((x) => x.id === s.id)?.canceledAt).not.toBeNull();
    const hidden = await t.coviu.sessions.listAll();
    expect(hidden.some((x) => x.id === s.id)).toBe(false);
  });

  it('enforces the temporal rules: no cancel once started, no change or new participant once finished', async () => {
    const s = await book(MINUTE, 20);
    await t.advance(2 * MINUTE);
    expect(await codeOf(t.coviu.sessions.cancel(s.id))).toBe('session_started');
    expect(await codeOf(t.coviu.sessions.update(s.id, { startTime: at(60 * MINUTE) }))).toBe('session_started');
    const added = await t.coviu.participants.add(s.id, { displayName: 'Interpreter', role: 'PARTICIPANT' });
    expect(added.role).toBe('PARTICIPANT');

    await t.advance(40 * MINUTE);
    expect(await codeOf(t.coviu.sessions.update(s.id, { name: 'late' }))).toBe('session_finished');
    expect(await codeOf(t.coviu.participants.add(s.id, { displayName: 'Late', role: 'GUEST' }))).toBe(
      'session_finished',
    );
    expect(await codeOf(t.coviu.participants.remove(added.id))).toBe('session_finished');
    expect(await codeOf(t.coviu.sessions.cancel(s.id))).toBe('session_finished');
  });

  it('soft-deletes participants: hidden by default, shown with deleted_participants', async () => {
    const s = await book(30 * MINUTE);
    const guest = s.participants.find((p) => p.role === 'GUEST')!;
    await t.coviu.participants.remove(guest.id);
    expect((await t.coviu.participants.list(s.id)).map((p) => p.id)).not.toContain(guest.id);
    const withDeleted = await t.coviu.participants.list(s.id, { deletedParticipants: true });
    expect(withDeleted.find((p) => p.id === guest.id)?.deletedAt).not.toBeNull();
    const again = await t.coviu.sessions.get(s.id, { deletedParticipants: true });
    expect(again.participants).toHaveLength(2);
  });

  it('updates a participant (role change, state) and filters sessions by participant state', async () => {
    const s = await book(45 * MINUTE);
    const guest = s.participants[1]!;
    const updated = await t.coviu.participants.update(guest.id, { role: 'HOST', state: 'booking-77' });
    expect([updated.role, updated.state]).toEqual(['HOST', 'booking-77']);
    expect((await t.coviu.participants.get(guest.id)).role).toBe('HOST');
    const byState = await t.coviu.sessions.list({ state: 'booking-77' });
    expect(byState.sessions.map((x) => x.id)).toEqual([s.id]);
  });

  it('summarises a finished session: actual end, attendance with exits and bandwidth', async () => {
    const s = await book(MINUTE, 30);
    const empty = await t.coviu.sessions.summary(s.id);
    expect(empty.participants).toEqual([]);
    await t.advance(3 * 60 * MINUTE);
    const summary = await t.coviu.sessions.summary(s.id);
    const finished = await t.coviu.sessions.get(s.id);
    expect(summary.actualEndTime).not.toBeNull();
    expect(finished.actualEndTime).toBe(summary.actualEndTime);
    const host = summary.participants.find((p) => p.role === 'HOST')!;
    expect(Date.parse(host.entryTime!)).toBeGreaterThanOrEqual(Date.parse(s.startTime));
    expect(Date.parse(host.exitTime!)).toBeGreaterThan(Date.parse(host.entryTime!));
    expect(host.leftReason).toBeTruthy();
    expect(host.bandwidth?.avgSent).toBeGreaterThan(0);
    const lastExit = Math.max(...summary.participants.map((p) => Date.parse(p.exitTime!)));
    expect(Date.parse(summary.actualEndTime!)).toBe(lastExit);
  });

  it('accepts roles in any case on the wire and answers upper case', async () => {
    const token = await t.coviu.tokens.getToken();
    const response = await fetch(`${t.sandbox.url}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        start_time: at(MINUTE).toISOString(),
        end_time: at(2 * MINUTE).toISOString(),
        participants: [{ display_name: 'x', role: 'host' }, { display_name: 'y' }],
      }),
    });
    const body = (await response.json()) as { participants: { role: string }[] };
    expect(body.participants.map((p) => p.role)).toEqual(['HOST', 'GUEST']);
  });
});
