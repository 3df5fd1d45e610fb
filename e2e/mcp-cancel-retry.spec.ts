import { expect, test } from '@playwright/test';
import { connect, makeAgentToken } from './mcp-clients';
import { uniqueKey } from './mcp-kit';
import { baseURL, call, coviuWritesSince, firstTeamId, upcomingSession } from './mcp-sessions-kit';

// Issue 14: a confirmed destructive act whose answer was lost is retried with its idempotency key,
// and is answered as the first time (the rules, checked again, would now refuse it), once at Coviu.
test('a confirmed cancel retried with its key is answered as the first time, even with a fresh handle', async () => {
  const teamId = await firstTeamId();
  const target = await upcomingSession('Agent cancel retried');
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { scopes: ['read', 'sessions:cancel'] });
  const mcp = await connect(baseURL(), token, 'legacy');
  try {
    const since = Date.now();
    const keyed = { teamId, sessionId: target.id, idempotencyKey: uniqueKey() };
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
    const unkeyed = await call(mcp, 'cancel_session', { teamId, sessionId: target.id, confirmation: 'x.y' });
    expect(unkeyed.isError).toBe(true);
    expect(await coviuWritesSince(since)).toEqual([`DELETE /v1/sessions/${target.id}`]);
  } finally {
    await mcp.close();
  }
});
