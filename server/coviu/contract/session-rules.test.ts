import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, MINUTE, startTestSandbox, type TestSandbox } from '@/test/helpers/sandbox';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.sandbox.close());

const at = (offsetMs: number) => t.at(offsetMs);

function book(offsetMin: number, minutes: number, flags: string[] = []) {
  return t.coviu.sessions.create({
    startTime: at(offsetMin * MINUTE),
    endTime: at((offsetMin + minutes) * MINUTE),
    participants: [
      { displayName: 'Host', role: 'HOST' },
      { displayName: 'Guest', role: 'GUEST' },
    ],
    featureFlags: flags,
  });
}

describe('session rules that depend on time and configuration', () => {
  it('opens entry links only inside the booked window, once when the session asks for single use', async () => {
    const s = await book(10, 30, ['session;enforce-participant-uniqueness']);
    const link = s.participants[1]!.entryUrl!;
    expect((await fetch(link)).status).toBe(403);
    await t.advance(11 * MINUTE);
    expect((await fetch(link)).status).toBe(200);
    expect((await fetch(link)).status).toBe(410);
    await t.advance(40 * MINUTE);
    expect((await fetch(s.participants[0]!.entryUrl!)).status).toBe(410);
  });

  it('refuses changes to a cancelled session and its participants as not visible', async () => {
    const s = await book(30, 30);
    await t.coviu.sessions.cancel(s.id);
    expect(await codeOf(t.coviu.sessions.update(s.id, { name: 'x' }))).toBe('not_found');
    expect(await codeOf(t.coviu.participants.add(s.id, { displayName: 'x', role: 'GUEST' }))).toBe('not_found');
    expect(await codeOf(t.coviu.participants.remove(s.participants[0]!.id))).toBe('not_found');
    expect(await codeOf(t.coviu.sessions.cancel(s.id))).toBe('not_found');
  });

  it('lets participants be removed after start by default ("finished" rule), not under the "started" rule', async () => {
    const s = await book(1, 60);
    await t.advance(2 * MINUTE);
    await t.coviu.participants.remove(s.participants[1]!.id);
    await t.control('PUT', '/_sandbox/rules', { participantDeleteAfter: 'started' });
    const code = await codeOf(t.coviu.participants.remove(s.participants[0]!.id));
    await t.control('PUT', '/_sandbox/rules', { participantDeleteAfter: 'finished' });
    expect(code).toBe('session_started');
  });

  it('reads the end_time filter as the session end (reference) or start (Java SDK), as configured', async () => {
    const s = await book(600, 120);
    const cutoff = at(650 * MINUTE); // after the start, before the end
    const byEnd = await t.coviu.sessions.listAll({ endTime: cutoff });
    await t.control('PUT', '/_sandbox/rules', { endTimeFilter: 'start' });
    const byStart = await t.coviu.sessions.listAll({ endTime: cutoff });
    await t.control('PUT', '/_sandbox/rules', { endTimeFilter: 'end' });
    expect(byEnd.some((x) => x.id === s.id)).toBe(false);
    expect(byStart.some((x) => x.id === s.id)).toBe(true);
  });

  it('does not let a participant be changed once removed, nor a role be invented', async () => {
    const s = await book(120, 30);
    const guest = s.participants[1]!;
    const token = await t.coviu.tokens.getToken();
    const bad = await fetch(`${t.sandbox.url}/v1/participants/${guest.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'owner' }),
    });
    expect([bad.status, await bad.json()]).toEqual([
      400,
      { error: { message: 'role must be host, guest or participant' } },
    ]);
    await t.coviu.participants.remove(guest.id);
    expect(await codeOf(t.coviu.participants.update(guest.id, { displayName: 'x' }))).toBe('validation');
  });

  it('answers a malformed body with a 400 that says what to send', async () => {
    const token = await t.coviu.tokens.getToken();
    const response = await fetch(`${t.sandbox.url}/v1/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"start_time": ',
    });
    expect([response.status, await response.json()]).toEqual([
      400,
      { error: { message: 'The request body must be a JSON object.' } },
    ]);
  });
});
