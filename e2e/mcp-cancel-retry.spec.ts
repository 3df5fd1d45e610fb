import { expect, test } from '@playwright/test';
import { connect, makeAgentToken } from './mcp-clients';
import { uniqueKey } from './mcp-kit';
import { baseURL, call, coviuWritesSince, firstTeamId, practitionerId, tomorrowInClinic } from './mcp-sessions-kit';

// Issue 14: a confirmed destructive act whose answer was lost is retried with its idempotency key,
// and is answered as the first time (the rules, checked again, would now refuse it), once at Coviu.
// The session is booked through Waitboard: Coviu hides a cancelled session from reads by id, and
// Waitboard finds its own bookings again through their times (one made elsewhere is simply gone).
test('a confirmed cancel retried with its key is answered as the first time, even with a fresh handle', async () => {
  const teamId = await firstTeamId();
  const { token } = await makeAgentToken(baseURL(), 'receptionist', {
    scopes: ['read', 'sessions', 'sessions:cancel'],
  });
  const mcp = await connect(baseURL(), token, 'legacy');
  try {
    const booked = await call(mcp, 'book_session', {
      teamId,
      name: `Agent cancel retried ${Date.now()}`,
      when: { kind: 'scheduled', date: tomorrowInClinic(), time: '16:30' },
      durationMinutes: 30,
      hostIds: [await practitionerId(mcp, teamId, 'Dr Pat Practitioner')],
      guests: [{ name: 'Sam Guest' }],
    });
    expect(booked.isError, booked.text).toBe(false);
    const sessionId = booked.data.session.sessionId;
    const since = Date.now();
    const keyed = { teamId, sessionId, idempotencyKey: uniqueKey() };
    const asked = await call(mcp, 'cancel_session', keyed);
    expect(asked.data.status).toBe('confirmation_required');
    const done = await call(mcp, 'cancel_session', { ...keyed, confirmation: asked.data.confirmation! });
    expect(done.isError, done.text).toBe(false);
    expect(done.data.status).toBe('done');

    const retried = await call(mcp, 'cancel_session', { ...keyed, confirmation: asked.data.confirmation! });
    expect(retried.isError, retried.text).toBe(false);
    expect(retried.data.status).toBe('done');
    expect(retried.data.session.state).toBe('cancelled');
    // Without the key the same retry is refused by the rules: the key is what makes it safe.
    const unkeyed = await call(mcp, 'cancel_session', { teamId, sessionId, confirmation: asked.data.confirmation! });
    expect(unkeyed.isError).toBe(true);
    expect(unkeyed.text).toContain('cancelled');
    expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/sessions/${sessionId}`]);
  } finally {
    await mcp.close();
  }
});
