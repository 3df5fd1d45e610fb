import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentFromBearer } from '@/server/agents/principal';
import { queryAudit } from '@/server/audit';
import type { Database } from '@/server/db/client';
import { setDatabaseForTests } from '@/server/db/index';
import { createTeam } from '@/server/staff/teams';
import { createUser, updateUser } from '@/server/staff/users';
import { testDatabases } from '@/test/helpers/databases';
import { CliError, parseTokenArgs, tokenCommand } from './agent-token-command';

const cli = { ip: null, userAgent: 'waitboard-cli', actor: { id: null, email: 'cli' } };

describe('npm run user -- token: the arguments', () => {
  it('reads a scope list, days and teams as the token API takes them', () => {
    expect(
      parseTokenArgs({
        email: 'a@b.example',
        name: 'Desk',
        scopes: 'read, triage,,sessions',
        days: '14',
        team: ['t1'],
      }),
    ).toEqual({
      email: 'a@b.example',
      input: { name: 'Desk', scopes: ['read', 'triage', 'sessions'], days: 14, teamIds: ['t1'] },
    });
    expect(parseTokenArgs({ email: 'a@b.example', name: 'Desk' }).input).toEqual({ name: 'Desk', scopes: ['read'] });
  });

  it.each([
    [{ name: 'Desk' }, 'Give --email'],
    [{ email: 'a@b.example' }, 'Give --name'],
    [{ email: 'a@b.example', name: 'Desk', scopes: 'read,tirage' }, 'Unknown scope "tirage". Scopes are read, triage'],
    [{ email: 'a@b.example', name: 'Desk', scopes: 'x,y' }, 'Unknown scopes "x", "y"'],
    [{ email: 'a@b.example', name: 'Desk', days: '120' }, 'at most 90 days'],
    [{ email: 'a@b.example', name: 'Desk', days: '0' }, 'from 1 to 90'],
    [{ email: 'a@b.example', name: 'Desk', days: 'soon' }, '--days is a whole number'],
    [{ email: 'a@b.example', name: 'x'.repeat(61) }, 'under 60 characters'],
  ])('refuses %o with a message saying what to fix', (args, message) => {
    expect(() => parseTokenArgs(args)).toThrow(CliError);
    expect(() => parseTokenArgs(args)).toThrow(message);
  });
});

describe.each(await testDatabases())('npm run user -- token on $name', ({ open }) => {
  let database: Database;
  let userId: string;
  beforeAll(async () => {
    database = await open();
    setDatabaseForTests(database);
    await createTeam(cli, { id: 'team-c', name: 'CLI Clinic', timezone: 'Australia/Sydney' });
    ({
      user: { id: userId },
    } = await createUser(cli, {
      email: 'desk@example.com',
      name: 'Desk Person',
      role: 'receptionist',
      teamIds: ['team-c'],
      password: 'correct horse battery',
    }));
  }, 60_000);
  afterAll(() => database.close());

  it('prints a working token once, says so, and audits it as the command line', async () => {
    const lines = await tokenCommand(cli, { email: 'DESK@example.com', name: 'Desk', scopes: 'read,triage' });
    const token = lines.find((l) => l.startsWith('wbat_'))!;
    expect(lines.join('\n')).toMatch(/only time it is shown/);
    expect([...(await agentFromBearer(token))!.scopes]).toEqual(['read', 'triage']);
    const [entry] = await queryAudit({ action: 'agent_token.create' });
    expect(entry).toMatchObject({ actorEmail: 'cli', userAgent: 'waitboard-cli', actorId: null });
  });

  it('refuses an unknown email, a scope the role may not have, and a disabled person', async () => {
    await expect(tokenCommand(cli, { email: 'nobody@example.com', name: 'x' })).rejects.toThrow(
      'No account with email nobody@example.com.',
    );
    await expect(tokenCommand(cli, { email: 'desk@example.com', name: 'x', scopes: 'reports' })).rejects.toThrow(
      'Only practice managers and administrators',
    );
    await updateUser(cli, userId, { disabled: true });
    await expect(tokenCommand(cli, { email: 'desk@example.com', name: 'x' })).rejects.toThrow(
      'desk@example.com is disabled',
    );
  });
});
