import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@/test/helpers/databases';
import { createAgentToken } from './agents/tokens';
import { queryAudit, recordAudit } from './audit';
import { describeAudit } from './audit-labels';
import { auditCsv, auditFilterFrom } from './audit-query';
import { activeStaff, type Staff } from './auth/session';
import type { Database } from './db/client';
import { setDatabaseForTests } from './db/index';
import { createTeam } from './staff/teams';
import { createUser } from './staff/users';

const system = { ip: null, userAgent: null, actor: { id: null, email: null } };
const url = (query: string) => new URL(`http://waitboard.test/api/audit?${query}`);

describe.each(await testDatabases())('agent activity in the audit log on $name', ({ open }) => {
  let database: Database;
  let manager: Staff;
  let tokens: { id: string; name: string }[];
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(system, { id: 'team-a', name: 'Agent Clinic', timezone: 'Australia/Sydney' });
    const made = async (email: string, role: Staff['role']) => {
      const { user } = await createUser(system, { email, name: email.split('@')[0]!, role, teamIds: ['team-a'] });
      const { sessionVersion: _, ...staff } = (await activeStaff(user.id))!;
      return staff;
    };
    const riley = await made('riley@example.com', 'receptionist');
    manager = await made('morgan@example.com', 'manager');
    const as = (tokenId: string, name: string) => ({
      ...system,
      actor: { id: riley.id, email: riley.email },
      agent: { tokenId, name },
    });
    tokens = [];
    for (const name of ['Claude desk', 'Cursor'])
      tokens.push(
        (await createAgentToken({ ...system, actor: { id: riley.id, email: riley.email } }, riley, { name })).view,
      );
    const [desk, cursor] = tokens as [{ id: string; name: string }, { id: string; name: string }];
    await recordAudit(as(desk.id, desk.name), {
      action: 'agent.call',
      resourceType: 'agent_token',
      resourceId: desk.id,
      teamId: 'team-a',
      changes: { tool: 'list_waiting_callers', outcome: 'ok' },
    });
    await recordAudit(as(cursor.id, cursor.name), {
      action: 'agent.call',
      resourceType: 'agent_token',
      resourceId: cursor.id,
      changes: { tool: 'claim_caller', outcome: 'refused', code: 'forbidden_team' },
    });
    await recordAudit(
      { ...system, actor: { id: riley.id, email: riley.email } },
      {
        action: 'auth.sign_in',
        resourceType: 'session',
        resourceId: riley.id,
      },
    );
  }, 60_000);
  afterAll(() => database.close());

  it('reads a tool call as the tool and its outcome, made "via agent token NAME"', async () => {
    const entries = await describeAudit(await queryAudit({ action: 'agent.call' }), 'initials');
    expect(entries.map((e) => [e.actionLabel, e.what, e.who, e.agentTokenName])).toEqual([
      ['Agent tool call', 'claim_caller — refused (not one of its clinics)', 'riley', 'Cursor'],
      ['Agent tool call', 'list_waiting_callers — ok', 'riley', 'Claude desk'],
    ]);
    const [made] = await describeAudit(await queryAudit({ action: 'agent_token.create', limit: 1 }), 'initials');
    expect(made).toMatchObject({
      actionLabel: 'Made an agent token',
      what: 'Agent token “Cursor”',
      agentTokenName: null,
    });
  });

  it('filters to agent activity, or one token’s, as a manager sees their clinic', async () => {
    const agentOnly = await queryAudit(auditFilterFrom(url('agent=only'), manager));
    expect(agentOnly.map((e) => e.agentTokenName)).toEqual(['Cursor', 'Claude desk']);
    const one = await queryAudit(auditFilterFrom(url(`agent=only&agentTokenId=${tokens[0]!.id}`), manager));
    expect(one.map((e) => e.changes)).toEqual([{ tool: 'list_waiting_callers', outcome: 'ok' }]);
    const everything = await queryAudit(auditFilterFrom(url(''), manager));
    expect(everything.some((e) => e.agentTokenId === null)).toBe(true);
    expect(() => auditFilterFrom(url('agent=yes'), manager)).toThrow(/entries made through an agent token/);
    expect(() => auditFilterFrom(url('agentTokenId=nope'), manager)).toThrow(/Choose an agent token/);
  });

  it('puts the agent token’s name in the CSV, after the columns exports always had', async () => {
    const entries = await describeAudit(await queryAudit({ agentOnly: true }), 'initials');
    const [head, first] = auditCsv(entries).split('\r\n');
    expect(head).toMatch(/,User agent,Changes,Via agent token,Agent token id$/);
    expect(first).toContain(`,Cursor,${tokens[1]!.id}`);
  });
});
