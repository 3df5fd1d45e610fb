import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { ON_POSTGRES } from '../playwright.config';
import { DEMO, signInRequest } from './auth-helpers';
import { freePort } from './cluster-kit';
import { AppInstance, pgliteDatabase, postgresDatabase } from './crash-instance';
import { connect, makeAgentToken, type McpSession } from './mcp-clients';
import { baseURL, leaveAll, patient, staffApi, tokenStatus, waitingCaller } from './mcp-kit';
import { sandbox } from './sandbox-control';

// Issue 14: without the patient-details scope an assistant sees initials and never a phone or
// Medicare number; with it, what the entry form collected. Neither way does any of it reach a log.

test.afterAll(leaveAll);

type Caller = { callId: string; name: string };

async function seen(session: McpSession, teamId: string, callId: string) {
  const listed = await session.call('list_waiting_callers', { teamId });
  expect(listed.isError, listed.text).toBe(false);
  const one = await session.call('get_caller', { teamId, callId });
  expect(one.isError, one.text).toBe(false);
  return {
    listed: (listed.structured!.callers as Caller[]).find((c) => c.callId === callId),
    one: one.structured as { caller: Caller; details: Record<string, string | null> | null },
    everything: JSON.stringify([listed.structured, listed.text, one.structured, one.text]),
  };
}

test('names are initials without patient-details; with it, get_caller reads the entry form', async () => {
  const [team] = await sandbox.teams();
  const person = patient();
  const manager = await staffApi('manager');
  const callId = await waitingCaller(team!, manager, person);
  await manager.dispose();

  const { token: plain } = await makeAgentToken(baseURL(), 'receptionist', { name: 'no details' });
  const without = await connect(baseURL(), plain, 'modern');
  try {
    const { listed, one, everything } = await seen(without, team!.teamId, callId);
    expect(listed?.name).toBe('J. C.');
    expect(one.caller.name).toBe('J. C.');
    expect(one.details).toBeNull();
    for (const secret of Object.values(person)) expect(everything).not.toContain(secret);
  } finally {
    await without.close();
  }

  const { token } = await makeAgentToken(baseURL(), 'receptionist', {
    name: 'with details',
    scopes: ['read', 'patient-details'],
  });
  const withDetails = await connect(baseURL(), token, 'v1');
  try {
    const { listed, one } = await seen(withDetails, team!.teamId, callId);
    expect(listed?.name).toBe(person.name);
    expect(one.details).toMatchObject({ name: person.name, phone: person.phone, medicareNumber: person.medicare });
  } finally {
    await withDetails.close();
  }
});

test('patient details never reach the server’s log; an expired token is refused', async () => {
  test.setTimeout(180_000);
  // The suite's app writes its log where the runner cannot read it: this instance writes to a file.
  const dir = `test-results/mcp-log${ON_POSTGRES ? '-postgres' : ''}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = ON_POSTGRES ? await postgresDatabase() : pgliteDatabase(`${dir}/data`);
  const logFile = `${dir}/app.log`;
  const app = new AppInstance(await freePort(), { DATA_DIR: `${dir}/data`, LOG_LEVEL: 'debug', ...db.env }, logFile);
  const [team] = await sandbox.teams();
  const person = patient();
  try {
    await app.start();
    const manager = await playwrightRequest.newContext({ baseURL: app.url });
    expect(await signInRequest(manager, DEMO.manager)).toBe(200);
    const callId = await waitingCaller(team!, manager, person);
    await manager.dispose();

    const { token, id } = await makeAgentToken(app.url, 'manager', {
      name: 'log check',
      scopes: ['read', 'triage', 'patient-details'],
    });
    for (const era of ['modern', 'v1'] as const) {
      const session = await connect(app.url, token, era);
      try {
        const { one } = await seen(session, team!.teamId, callId);
        expect(one.details?.phone).toBe(person.phone);
        // Refusals and bad input go through the error paths, which log.
        expect((await session.call('get_caller', { teamId: team!.teamId, callId: `${callId}-gone` })).isError).toBe(
          true,
        );
        const refused = await session.call('add_note', { teamId: 'not-a-clinic', callId, note: person.name });
        expect(refused.isError).toBe(true);
        expect(refused.text).not.toContain(person.name);
        const noted = await session.call('add_note', { teamId: team!.teamId, callId, note: `rang ${person.phone}` });
        expect(noted.isError, noted.text).toBe(false);
      } finally {
        await session.close();
      }
    }

    // Expired: the row says so (no clock to wind on), checked with the instance stopped.
    expect(await tokenStatus(token, app.url)).toBe(200);
    await app.stop();
    const sql = await db.open();
    try {
      await sql.query(`update agent_tokens set expires_at = now() - interval '1 second' where id = $1`, [id]);
    } finally {
      await sql.close();
    }
    await app.start();
    expect(await tokenStatus(token, app.url)).toBe(401);
    await app.stop();

    const log = readFileSync(logFile, 'utf8');
    // The log was written while the details were read (get_caller's Coviu read is in it), so
    // finding nothing below means something.
    expect(log).toMatch(/"op":"getCall".*"msg":"coviu request"/);
    for (const secret of [...Object.values(person), token]) expect(log).not.toContain(secret);
  } finally {
    await app.stop();
    await db.drop();
  }
});
