import { expect, test } from '@playwright/test';
import { AGENT_SCOPES } from '../lib/agents/scopes';
import { connect, makeAgentToken } from './mcp-clients';
import { baseURL, coviuWrites, dashboard, leaveAll, refusalText, staffApi, waitingCaller } from './mcp-kit';
import { sandbox } from './sandbox-control';

// Issue 14: a token's scopes decide which tools an assistant sees, and a tool it cannot see is a
// tool it cannot use: nothing reaches Coviu for it.

test.afterAll(leaveAll);

const READ_TOOLS = ['list_clinics', 'list_waiting_callers', 'get_caller'];
const TRIAGE_TOOLS = ['claim_caller', 'release_caller', 'admit_caller', 'reassign_caller', 'set_priority', 'add_note'];
const SESSION_WRITES = [
  'book_session',
  'add_participant',
  'reschedule_session',
  'send_entry_link',
  'cancel_session',
  'remove_participant',
];
const REPORT_TOOLS = ['queue_report', 'day_review'];

type Listed = { name: string; annotations?: Record<string, unknown> }[];

async function toolsOf(token: string): Promise<Listed> {
  const session = await connect(baseURL(), token, 'modern');
  try {
    return await session.listTools();
  } finally {
    await session.close();
  }
}

/** Every tool this build has: an administrator's token with every scope sees them all. */
async function allTools(): Promise<Listed> {
  const { token } = await makeAgentToken(baseURL(), 'admin', { name: 'every scope', scopes: [...AGENT_SCOPES] });
  return toolsOf(token);
}

test('a read token lists only tools that change nothing', async () => {
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: 'read only', scopes: ['read'] });
  const tools = await toolsOf(token);
  const names = tools.map((t) => t.name);
  expect(names).toEqual(expect.arrayContaining(READ_TOOLS));
  for (const absent of [...TRIAGE_TOOLS, ...SESSION_WRITES, ...REPORT_TOOLS]) expect(names).not.toContain(absent);
  // Honest annotations: every tool a read token sees says it only reads, and stays inside Waitboard.
  for (const tool of tools) {
    expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true, destructiveHint: false });
  }
});

test('a read and triage token also lists the triage tools, marked as writes that destroy nothing', async () => {
  const { token } = await makeAgentToken(baseURL(), 'receptionist', { name: 'triage', scopes: ['read', 'triage'] });
  const tools = await toolsOf(token);
  const names = tools.map((t) => t.name);
  expect(names).toEqual(expect.arrayContaining([...READ_TOOLS, ...TRIAGE_TOOLS]));
  for (const absent of [...SESSION_WRITES, ...REPORT_TOOLS]) expect(names).not.toContain(absent);
  for (const name of TRIAGE_TOOLS) {
    const annotations = tools.find((t) => t.name === name)!.annotations;
    expect(annotations, name).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  }
  // A second claim changes nothing more; a second admission would make a second room.
  expect(tools.find((t) => t.name === 'claim_caller')!.annotations?.idempotentHint).toBe(true);
  expect(tools.find((t) => t.name === 'admit_caller')!.annotations?.idempotentHint).toBe(false);
});

test('a receptionist cannot give a token the reports scope; a manager can, and sees the report tools', async () => {
  const reception = await staffApi('receptionist');
  try {
    const refused = await reception.post('/api/me/agent-tokens', {
      data: { name: 'reports please', scopes: ['read', 'reports'] },
      headers: { origin: baseURL() },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toBe(
      'Only practice managers and administrators can give a token the reports scope.',
    );
  } finally {
    await reception.dispose();
  }

  const { token } = await makeAgentToken(baseURL(), 'manager', { name: 'reports', scopes: ['read', 'reports'] });
  const names = (await toolsOf(token)).map((t) => t.name);
  for (const absent of [...TRIAGE_TOOLS, ...SESSION_WRITES]) expect(names).not.toContain(absent);
  expect(names).toEqual(expect.arrayContaining(REPORT_TOOLS));
  const { token: readOnly } = await makeAgentToken(baseURL(), 'manager', { name: 'manager read' });
  for (const name of REPORT_TOOLS) expect((await toolsOf(readOnly)).map((t) => t.name)).not.toContain(name);
});

test('cancel_session says it destroys something', async () => {
  const cancel = (await allTools()).find((t) => t.name === 'cancel_session');
  expect(cancel!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
});

test('a read token cannot claim or admit, and Coviu hears nothing; a triage token can', async () => {
  const [team] = await sandbox.teams();
  const manager = await staffApi('manager');
  try {
    const callId = await waitingCaller(team!, manager);
    const target = { teamId: team!.teamId, callId };
    const { token: readToken } = await makeAgentToken(baseURL(), 'receptionist', { name: 'cannot write' });
    const reader = await connect(baseURL(), readToken, 'modern');
    const { clinics } = (await reader.call('list_clinics')).structured as {
      clinics: { teamId: string; practitioners: { practitionerId: string }[] }[];
    };
    const practitionerId = clinics.find((c) => c.teamId === team!.teamId)!.practitioners[0]!.practitionerId;

    const since = Date.now();
    expect(await refusalText(reader, 'claim_caller', target)).toMatch(/not found|unknown tool/i);
    expect(await refusalText(reader, 'admit_caller', { ...target, practitionerId, mode: 'room' })).toMatch(
      /not found|unknown tool/i,
    );
    await reader.close();
    expect(await coviuWrites(since)).toEqual([]);
    const caller = (await dashboard(manager, team!.teamId)).callers.find((c) => c.callId === callId);
    expect(caller?.triage.claimedBy).toBeNull();

    const { token } = await makeAgentToken(baseURL(), 'receptionist', {
      name: 'can triage',
      scopes: ['read', 'triage'],
    });
    const triager = await connect(baseURL(), token, 'legacy');
    try {
      const claimed = await triager.call('claim_caller', target);
      expect(claimed.isError, claimed.text).toBe(false);
      expect((claimed.structured!.caller as { claimedBy: { name: string } }).claimedBy.name).toBe('Riley Reception');
      // Another staff member's dashboard shows the claim, by the token's owner.
      await expect
        .poll(async () => (await dashboard(manager, team!.teamId)).callers.find((c) => c.callId === callId))
        .toMatchObject({ triage: { claimedBy: { name: 'Riley Reception' } } });

      // The check above can see a write: the same admission by a triage token reaches Coviu.
      const before = Date.now();
      const admitted = await triager.call('admit_caller', { ...target, practitionerId, mode: 'room' });
      expect(admitted.isError, admitted.text).toBe(false);
      expect((await coviuWrites(before)).map((r) => `${r.method} ${r.path}`)).toContain('POST /v1/sessions');
    } finally {
      await triager.close();
    }
  } finally {
    await manager.dispose();
  }
});
