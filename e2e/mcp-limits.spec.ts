import { expect, test } from '@playwright/test';
import { connect, makeAgentToken } from './mcp-clients';
import { auditEntries, baseURL, dashboard, leaveAll, staffApi, uniqueKey, waitingCaller } from './mcp-kit';
import { sandbox } from './sandbox-control';

// Issue 14: an assistant is held to a call rate, a repeated write happens once, and every call
// it makes is in the audit log with its outcome. Each test has a token of its own.

test.afterAll(leaveAll);

const LIMIT = 60; // AGENT_CALLS_PER_MINUTE's default, which the suite's app runs with

/** This token's 'agent.call' entries, oldest first, as a manager reads them. */
async function agentCalls(tokenId: string) {
  const manager = await staffApi('manager');
  try {
    const entries = await auditEntries(manager, { action: 'agent.call' });
    return entries.filter((e) => e.resourceId === tokenId).reverse();
  } finally {
    await manager.dispose();
  }
}

test('the 61st call in a minute is refused with when to retry; another token is not held back', async () => {
  const [team] = await sandbox.teams();
  const { token, id } = await makeAgentToken(baseURL(), 'receptionist', { name: `rate ${Date.now()}` });
  const session = await connect(baseURL(), token, 'modern');
  try {
    for (let i = 1; i <= LIMIT; i++) {
      const answer = await (i % 2
        ? session.call('list_clinics')
        : session.call('list_waiting_callers', { teamId: team!.teamId }));
      expect(answer.isError, `call ${i}: ${answer.text}`).toBe(false);
    }
    const refused = await session.call('list_clinics');
    expect(refused.isError).toBe(true);
    const seconds = Number(/Try again in (\d+) seconds/.exec(refused.text)?.[1]);
    expect(seconds, refused.text).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
  } finally {
    await session.close();
  }

  // The limit is the token's, not the person's.
  const other = await makeAgentToken(baseURL(), 'receptionist', { name: 'not held back' });
  const fresh = await connect(baseURL(), other.token, 'v1');
  expect((await fresh.call('list_clinics')).isError).toBe(false);
  await fresh.close();

  const outcomes = (await agentCalls(id)).map((e) => e.changes?.outcome);
  expect(outcomes).toEqual([...Array<string>(LIMIT).fill('ok'), 'rate_limited']);
});

test('a write repeated with its idempotency key happens once; the key cannot be reused for another', async () => {
  const [team] = await sandbox.teams();
  const manager = await staffApi('manager');
  try {
    const callId = await waitingCaller(team!, manager);
    const otherCallId = await waitingCaller(team!, manager);
    const { token, id } = await makeAgentToken(baseURL(), 'receptionist', {
      name: 'keyed',
      scopes: ['read', 'triage'],
    });
    const session = await connect(baseURL(), token, 'legacy');
    const idempotencyKey = uniqueKey();
    const claim = { teamId: team!.teamId, callId, idempotencyKey };
    try {
      const first = await session.call('claim_caller', claim);
      const again = await session.call('claim_caller', claim);
      for (const answer of [first, again]) {
        expect(answer.isError, answer.text).toBe(false);
        expect(answer.structured!.caller).toMatchObject({ callId, claimedBy: { name: 'Riley Reception' } });
      }

      const reused = await session.call('claim_caller', { ...claim, callId: otherCallId });
      expect(reused.isError).toBe(true);
      expect(reused.text).toContain('already used for a different request');
    } finally {
      await session.close();
    }

    const claims = (await auditEntries(manager, { action: 'caller.claim', teamId: team!.teamId })).filter(
      (e) => e.resourceId === callId,
    );
    expect(claims).toHaveLength(1);
    // Each call is in the log, the refused reuse with the reason's code.
    expect((await agentCalls(id)).map((e) => e.changes)).toEqual([
      { tool: 'claim_caller', outcome: 'ok' },
      { tool: 'claim_caller', outcome: 'ok' },
      { tool: 'claim_caller', outcome: 'refused', code: 'idempotency_key_reused' },
    ]);
    // The refused reuse changed nothing: the other caller is unclaimed.
    const other = (await dashboard(manager, team!.teamId)).callers.find((c) => c.callId === otherCallId);
    expect(other?.triage.claimedBy).toBeNull();
  } finally {
    await manager.dispose();
  }
});

test('every call is in the audit log with its tool and outcome, as the person via the token', async () => {
  const [team] = await sandbox.teams();
  const name = `audited ${Date.now()}`;
  const { token, id } = await makeAgentToken(baseURL(), 'receptionist', { name, scopes: ['read', 'triage'] });
  const session = await connect(baseURL(), token, 'v1');
  try {
    expect((await session.call('list_clinics')).isError).toBe(false);
    const gone = await session.call('claim_caller', { teamId: team!.teamId, callId: 'no-such-call' });
    expect(gone.isError).toBe(true);
    const elsewhere = await session.call('list_waiting_callers', { teamId: 'not-a-clinic' });
    expect(elsewhere.isError).toBe(true);
    // Turned away before any tool's code could run, and still calls: a tool outside the token's
    // scopes, and arguments its schema refuses (named in the answer, so the assistant can fix them).
    const unlisted = await session.call('cancel_session', { teamId: team!.teamId, sessionId: 'x' }).catch(String);
    expect(JSON.stringify(unlisted)).toMatch(/not found/i);
    const malformed = await session.call('set_priority', { teamId: team!.teamId, callId: 'c', priority: 7 });
    expect(malformed.isError).toBe(true);
    expect(malformed.text).toMatch(/priority/);
  } finally {
    await session.close();
  }

  const entries = await agentCalls(id);
  expect(entries.map((e) => e.changes)).toEqual([
    { tool: 'list_clinics', outcome: 'ok' },
    { tool: 'claim_caller', outcome: 'refused', code: expect.any(String) },
    { tool: 'list_waiting_callers', outcome: 'refused', code: 'forbidden_team' },
    { tool: 'cancel_session', outcome: 'refused', code: 'tool_not_allowed' },
    { tool: 'set_priority', outcome: 'refused', code: 'bad_request' },
  ]);
  for (const entry of entries) {
    expect(entry).toMatchObject({ actorEmail: 'reception@example.com', agentTokenId: id, agentTokenName: name });
  }
  // The refusal in a clinic of the person's is that clinic's entry; one outside any stays unfiled.
  expect(entries.map((e) => e.teamId)).toEqual([null, team!.teamId, null, team!.teamId, team!.teamId]);
});
