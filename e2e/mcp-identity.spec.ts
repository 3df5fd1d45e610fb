import { expect, test } from '@playwright/test';
import { connect, makeAgentToken } from './mcp-clients';
import { auditEntries, baseURL, leaveAll, staffApi, tokenBy, tokenStatus, waitingCaller } from './mcp-kit';
import { sandbox } from './sandbox-control';

// Issue 14: a token is its owner, acting through an assistant: the audit log says who and through
// which token, and the token is never more than its owner is now.

test.afterAll(leaveAll);

const origin = () => ({ origin: baseURL() });
const NOT_ITS_CLINIC = 'This agent token cannot act in that clinic: it is not one of its clinics.';

test('a triage action is audited as the token’s owner, via the token', async () => {
  const [team] = await sandbox.teams();
  const manager = await staffApi('manager');
  try {
    const callId = await waitingCaller(team!, manager);
    const name = `front desk ${Date.now()}`;
    const { token, id } = await makeAgentToken(baseURL(), 'receptionist', { name, scopes: ['read', 'triage'] });
    const session = await connect(baseURL(), token, 'modern');
    const claimed = await session.call('claim_caller', { teamId: team!.teamId, callId });
    await session.close();
    expect(claimed.isError, claimed.text).toBe(false);

    const claims = await auditEntries(manager, { action: 'caller.claim', teamId: team!.teamId });
    const entry = claims.find((e) => e.resourceId === callId);
    expect(entry).toMatchObject({ actorEmail: 'reception@example.com', agentTokenId: id, agentTokenName: name });
    expect(entry!.who).toContain('Riley Reception');
  } finally {
    await manager.dispose();
  }
});

test('disabling the owner, or taking a clinic away, limits their token at once', async () => {
  const [first, second] = await sandbox.teams();
  const admin = await staffApi('admin');
  const email = `agent.owner.${Date.now()}@example.com`;
  const password = 'a password chosen for the agent test';
  const made = await admin.post('/api/admin/users', {
    data: { email, name: 'Agent Owner', role: 'receptionist', teamIds: [first!.teamId, second!.teamId], password },
    headers: origin(),
  });
  expect(made.status(), await made.text()).toBe(201);
  const userId = ((await made.json()) as { user: { id: string } }).user.id;
  const owner = await staffApi({ email, password });
  const { token } = await tokenBy(owner, { name: 'owner’s assistant', scopes: ['read', 'triage'] });
  await owner.dispose();
  const session = await connect(baseURL(), token, 'modern');
  const patch = async (data: Record<string, unknown>) => {
    const response = await admin.patch(`/api/admin/users/${userId}`, { data, headers: origin() });
    expect(response.status(), await response.text()).toBe(200);
  };
  try {
    const clinicsNow = async () =>
      ((await session.call('list_clinics')).structured!.clinics as { teamId: string }[]).map((c) => c.teamId).sort();
    expect(await clinicsNow()).toEqual([first!.teamId, second!.teamId].sort());

    await patch({ teamIds: [first!.teamId] });
    expect(await clinicsNow()).toEqual([first!.teamId]);
    const there = await session.call('list_waiting_callers', { teamId: second!.teamId });
    expect([there.isError, there.text]).toEqual([true, NOT_ITS_CLINIC]);

    await patch({ disabled: true });
    expect(await tokenStatus(token)).toBe(401);
    // A client already connected finds out on its next call: nothing about the owner is remembered.
    await expect(session.call('list_clinics')).rejects.toThrow(/401|unauthori[sz]ed|invalid_token/i);
  } finally {
    await session.close().catch(() => undefined);
    await admin.dispose();
  }
});

test('a token limited to one clinic sees and acts only there, and only in its owner’s clinics', async () => {
  const [first, second, third] = await sandbox.teams();
  const reception = await staffApi('receptionist');
  try {
    // Riley works at the first two clinics: a token for the third is not Riley's to make.
    const beyond = await reception.post('/api/me/agent-tokens', {
      data: { name: 'elsewhere', teamIds: [third!.teamId] },
      headers: origin(),
    });
    expect(beyond.status()).toBe(403);
    expect((await beyond.json()).error.message).toBe('A token can only act in clinics you belong to.');

    const callId = await waitingCaller(second!, reception);
    const { token } = await tokenBy(reception, {
      name: 'first clinic only',
      scopes: ['read', 'triage'],
      teamIds: [first!.teamId],
    });
    const session = await connect(baseURL(), token, 'legacy');
    try {
      const { clinics } = (await session.call('list_clinics')).structured as { clinics: { teamId: string }[] };
      expect(clinics.map((c) => c.teamId)).toEqual([first!.teamId]);
      const read = await session.call('list_waiting_callers', { teamId: second!.teamId });
      expect([read.isError, read.text]).toEqual([true, NOT_ITS_CLINIC]);
      const claim = await session.call('claim_caller', { teamId: second!.teamId, callId });
      expect([claim.isError, claim.text]).toEqual([true, NOT_ITS_CLINIC]);
      const ok = await session.call('list_waiting_callers', { teamId: first!.teamId });
      expect(ok.isError, ok.text).toBe(false);
    } finally {
      await session.close();
    }
  } finally {
    await reception.dispose();
  }
});

test('a revoked token gets 401 at once; only its owner or an administrator can revoke it', async () => {
  const reception = await staffApi('receptionist');
  const practitioner = await staffApi('practitioner');
  const admin = await staffApi('admin');
  try {
    const mine = await tokenBy(reception, { name: 'to revoke' });
    const session = await connect(baseURL(), mine.token, 'v1');
    expect((await session.call('list_clinics')).isError).toBe(false);
    await session.close();
    const listed = (
      (await (await reception.get('/api/me/agent-tokens')).json()) as {
        tokens: { id: string; lastUsedAt: string | null; revokedAt: string | null }[];
      }
    ).tokens.find((t) => t.id === mine.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    // The list never holds the secret.
    expect(JSON.stringify(listed)).not.toContain(mine.token);

    const notTheirs = await practitioner.delete(`/api/me/agent-tokens/${mine.id}`, { headers: origin() });
    expect(notTheirs.status()).toBe(404);
    expect(await tokenStatus(mine.token)).toBe(200);

    expect((await reception.delete(`/api/me/agent-tokens/${mine.id}`, { headers: origin() })).status()).toBe(204);
    expect(await tokenStatus(mine.token)).toBe(401);

    const other = await tokenBy(practitioner, { name: 'admin revokes' });
    expect(await tokenStatus(other.token)).toBe(200);
    expect((await admin.delete(`/api/admin/agent-tokens/${other.id}`, { headers: origin() })).status()).toBe(204);
    expect(await tokenStatus(other.token)).toBe(401);
  } finally {
    await Promise.all([reception.dispose(), practitioner.dispose(), admin.dispose()]);
  }
});

test('a temporary password cannot make a token: the owner chooses their own password first', async () => {
  const [team] = await sandbox.teams();
  const admin = await staffApi('admin');
  const email = `agent.temporary.${Date.now()}@example.com`;
  const made = await admin.post('/api/admin/users', {
    data: { email, name: 'Temporary Owner', role: 'receptionist', teamIds: [team!.teamId] },
    headers: origin(),
  });
  expect(made.status(), await made.text()).toBe(201);
  const { temporaryPassword } = (await made.json()) as { temporaryPassword: string };
  await admin.dispose();
  const owner = await staffApi({ email, password: temporaryPassword });
  try {
    const refused = await owner.post('/api/me/agent-tokens', { data: { name: 'too early' }, headers: origin() });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('password_change_required');
  } finally {
    await owner.dispose();
  }
});
