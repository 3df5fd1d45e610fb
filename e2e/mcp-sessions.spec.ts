import { expect, test } from '@playwright/test';
import { connect, ERAS, makeAgentToken } from './mcp-clients';
import {
  baseURL,
  call,
  coviuWritesSince,
  finishedSession,
  firstTeamId,
  managerAudit,
  practitionerId,
  type Recording,
  sessionState,
  tomorrowInClinic,
  upcomingSession,
} from './mcp-sessions-kit';
import { sandbox } from './sandbox-control';

// Issue 14: the session, recording and report tools act through the screens' own rules, before
// anything reaches Coviu, and destructive ones only after a confirmation.

const FINISHED_ADD = 'This session has finished, so nobody can be added to it.';
const CANCEL_SUMMARY =
  /^Cancel the 30-minute session '.+' on \w{3} \d{1,2} \w{3} at \d{1,2}:\d{2} [ap]m \(clinic time\) with 2 participants\. It cannot be undone\.$/;

for (const era of ERAS) {
  test(`${era}: adding someone to a finished session is refused in the screen's words, and Coviu is not asked`, async () => {
    const teamId = await firstTeamId();
    const sessionId = await finishedSession('Finished add');
    const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions'] });
    const mcp = await connect(baseURL(), token, era);
    try {
      const since = Date.now();
      const answer = await call(mcp, 'add_participant', {
        teamId,
        sessionId,
        participant: { role: 'GUEST', guest: { name: 'Late Guest', phone: '0412 000 111' } },
      });
      expect(answer.isError).toBe(true);
      expect(answer.text).toBe(FINISHED_ADD);
      expect(answer.structured).toBeUndefined();
      expect(await coviuWritesSince(since)).toEqual([]);
    } finally {
      await mcp.close();
    }
  });

  test(`${era}: cancel_session without a valid handle changes nothing; with one it cancels`, async () => {
    const teamId = await firstTeamId();
    const target = await upcomingSession('Agent cancel');
    const other = await upcomingSession('Agent cancel other');
    const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions:cancel'] });
    const mcp = await connect(baseURL(), token, era);
    try {
      const since = Date.now();
      const first = await call(mcp, 'cancel_session', { teamId, sessionId: target.id });
      expect(first.isError, first.text).toBe(false);
      expect(first.data.status).toBe('confirmation_required');
      expect(first.data.summary).toMatch(CANCEL_SUMMARY);
      expect(first.data.summary).toContain(`'${target.name}'`);
      const handle = first.data.confirmation!;
      expect(handle.length).toBeGreaterThan(20);
      expect(await sessionState(mcp, teamId, target.id)).toBe('upcoming');

      const bogus = await call(mcp, 'cancel_session', { teamId, sessionId: target.id, confirmation: 'made.up' });
      expect(bogus.isError).toBe(true);
      expect(bogus.text).toContain('That confirmation is not for this cancel_session call');
      // A handle confirms one act: it does not cancel another session.
      const elsewhere = await call(mcp, 'cancel_session', { teamId, sessionId: other.id, confirmation: handle });
      expect(elsewhere.isError).toBe(true);
      expect(await sessionState(mcp, teamId, other.id)).toBe('upcoming');
      expect(await sessionState(mcp, teamId, target.id)).toBe('upcoming');
      expect(await coviuWritesSince(since)).toEqual([]);

      const done = await call(mcp, 'cancel_session', { teamId, sessionId: target.id, confirmation: handle });
      expect(done.isError, done.text).toBe(false);
      expect(done.data.status).toBe('done');
      expect(done.data.session.state).toBe('cancelled');
      expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/sessions/${target.id}`]);
      // Re-checked on use: the same handle again is refused (Coviu hides a cancelled session made
      // outside Waitboard, so the screen's refusal is that it is gone), and nothing more is sent.
      const again = await call(mcp, 'cancel_session', { teamId, sessionId: target.id, confirmation: handle });
      expect(again.isError).toBe(true);
      expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/sessions/${target.id}`]);
    } finally {
      await mcp.close();
    }
  });
}

test('remove_participant: a summary and a handle first, and only the second call removes', async () => {
  const teamId = await firstTeamId();
  const target = await upcomingSession('Agent remove');
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions:cancel'] });
  const mcp = await connect(baseURL(), token, 'legacy');
  try {
    const before = await call(mcp, 'get_session', { teamId, sessionId: target.id });
    const guest = before.data.session.participants.find((p) => p.role === 'GUEST')!;
    // Without patient-details, the guest is named by initials, here as in the summary.
    expect(guest.name).toBe('S. G.');
    const since = Date.now();
    const args = { teamId, sessionId: target.id, participantId: guest.participantId };
    const first = await call(mcp, 'remove_participant', args);
    expect(first.data.status).toBe('confirmation_required');
    expect(first.data.summary).toMatch(
      /^Remove S\. G\. \(guest\) from the 30-minute session '.+' on .+ \(clinic time\)\./,
    );
    expect(first.data.summary).not.toContain('Sam Guest');
    expect(await coviuWritesSince(since)).toEqual([]);
    const wrong = await call(mcp, 'remove_participant', {
      ...args,
      participantId: 'someone-else',
      confirmation: first.data.confirmation,
    });
    expect(wrong.isError).toBe(true);
    expect(await coviuWritesSince(since)).toEqual([]);

    const done = await call(mcp, 'remove_participant', { ...args, confirmation: first.data.confirmation });
    expect(done.isError, done.text).toBe(false);
    expect(done.data.session.participants.find((p) => p.participantId === guest.participantId)?.removed).toBe(true);
    expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/participants/${guest.participantId}`]);
  } finally {
    await mcp.close();
  }
});

test('modern client with elicitation: cancel_session asks the person; declining does nothing, accepting cancels', async () => {
  const teamId = await firstTeamId();
  const declined = await upcomingSession('Elicit decline');
  const accepted = await upcomingSession('Elicit accept');
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions:cancel'] });
  const asked: string[] = [];
  let answer: 'accept' | 'decline' = 'decline';
  const mcp = await connect(baseURL(), token, 'modern', (message) => {
    asked.push(message);
    return answer === 'accept' ? { action: 'accept', content: { confirm: true } } : { action: 'decline' };
  });
  try {
    const since = Date.now();
    const no = await call(mcp, 'cancel_session', { teamId, sessionId: declined.id });
    expect(no.isError, no.text).toBe(false);
    expect(no.data.status).toBe('declined');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(CANCEL_SUMMARY);
    expect(await sessionState(mcp, teamId, declined.id)).toBe('upcoming');
    expect(await coviuWritesSince(since)).toEqual([]);

    answer = 'accept';
    const yes = await call(mcp, 'cancel_session', { teamId, sessionId: accepted.id });
    expect(yes.isError, yes.text).toBe(false);
    expect(yes.data.status).toBe('done');
    expect(yes.data.session.state).toBe('cancelled');
    expect(asked).toHaveLength(2);
    expect(asked[1]).toContain(`'${accepted.name}'`);
    expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/sessions/${accepted.id}`]);
  } finally {
    await mcp.close();
  }
});

test('list_recordings gives links, not bytes; the link streams by Range for the bearer only, and is audited', async () => {
  const teamId = await firstTeamId();
  const sessionId = await finishedSession('Agent recordings');
  const name = `recordings ${Date.now()}`;
  const { token, id: tokenId } = await makeAgentToken(baseURL(), 'receptionist', { name, scopes: ['read'] });
  const mcp = await connect(baseURL(), token, 'v1');
  try {
    const answer = await call<{ recordings: Recording[] }>(mcp, 'list_recordings', { teamId, sessionId });
    expect(answer.isError, answer.text).toBe(false);
    const { recordings } = answer.data;
    expect(recordings.length).toBeGreaterThan(0);
    const links = answer.content.filter((c) => c.type === 'resource_link');
    expect(links.map((l) => l.uri)).toEqual(recordings.map((r) => r.url));
    expect(links[0]!.mimeType).toBe(recordings[0]!.mimeType);
    expect(answer.content.every((c) => c.type === 'text' || c.type === 'resource_link')).toBe(true);
    expect(answer.text.length).toBeLessThan(5_000);
    const url = recordings[0]!.url;
    expect(url).toMatch(new RegExp(`^${baseURL()}/api/mcp/recordings/${teamId}/${sessionId}/[\\w-]+/[\\w-]+/[\\w-]+$`));

    const ranged = await fetch(url, { headers: { authorization: `Bearer ${token}`, range: 'bytes=0-99' } });
    expect(ranged.status).toBe(206);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    const anonymous = await fetch(url, { headers: { range: 'bytes=0-99' } });
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    const badToken = await fetch(url, { headers: { authorization: 'Bearer wbat_not-a-real-token' } });
    expect(badToken.status).toBe(401);
    await badToken.body?.cancel();
    const beyond = await fetch(url, { headers: { authorization: `Bearer ${token}`, range: 'bytes=999999999-' } });
    expect(beyond.status).toBe(416);
    await beyond.body?.cancel();

    const downloads = (await managerAudit('session.recording_download')).filter((e) => e.resourceId === sessionId);
    expect(downloads.length).toBeGreaterThan(0);
    for (const entry of downloads) {
      expect(entry).toMatchObject({ actorEmail: 'reception@example.com', agentTokenId: tokenId, agentTokenName: name });
    }
  } finally {
    await mcp.close();
  }
});

test('book_session with an idempotency key books once however often it is sent', async () => {
  const teamId = await firstTeamId();
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions'] });
  const mcp = await connect(baseURL(), token, 'legacy');
  try {
    const hostId = await practitionerId(mcp, teamId, 'Dr Pat Practitioner');
    const booking = {
      teamId,
      name: `Agent booking ${Date.now()}`,
      when: { kind: 'scheduled', date: tomorrowInClinic(), time: '15:30' },
      durationMinutes: 45,
      hostIds: [hostId],
      guests: [{ name: 'Sarah Jenkins', phone: '0412 345 678' }],
      idempotencyKey: `agent-book-${Date.now()}`,
    };
    const since = Date.now();
    const first = await call(mcp, 'book_session', booking);
    expect(first.isError, first.text).toBe(false);
    const second = await call(mcp, 'book_session', booking);
    expect(second.isError, second.text).toBe(false);
    expect(second.data.session.sessionId).toBe(first.data.session.sessionId);
    const creates = (await sandbox.log(since, '/v1/sessions')).filter((r) => r.method === 'POST');
    expect(creates).toHaveLength(1);
    // The same key for another booking is refused, not booked.
    const reused = await call(mcp, 'book_session', { ...booking, durationMinutes: 30 });
    expect(reused.isError).toBe(true);
    expect(reused.text).toContain('already used for a different request');
    expect((await sandbox.log(since, '/v1/sessions')).filter((r) => r.method === 'POST')).toHaveLength(1);

    // The link goes to the patient: SMS here is recorded only (no provider in the test setup).
    const guest = first.data.session.participants.find((p) => p.role === 'GUEST')!;
    expect(guest.hasMobile).toBe(true);
    const sent = await call<{ status: string }>(mcp, 'send_entry_link', {
      teamId,
      sessionId: first.data.session.sessionId,
      participantId: guest.participantId,
      channel: 'sms',
    });
    expect(sent.isError, sent.text).toBe(false);
    expect(sent.data.status).toBe('recorded');
  } finally {
    await mcp.close();
  }
});
