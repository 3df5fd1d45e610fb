import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { DEMO, signInRequest } from './auth-helpers';
import {
  AppInstance,
  type CrashDatabase,
  pgliteDatabase,
  postgresDatabase,
  sessionsWithState,
  type Sql,
} from './crash-instance';
import { ON_POSTGRES, SANDBOX_URL } from '../playwright.config';
import { sandbox } from './sandbox-control';

// A burst of caller actions (claims, notes, room admits, each with an Idempotency-Key), `kill -9`
// of the server mid-burst, a restart, and every request retried with its key. The Coviu sandbox
// answers session creates late (`replyDelayMs`), so the kill lands after Coviu made rooms whose
// answers the app never got: the crash gap of a room admit.

const PORT = Number(process.env.E2E_APP_PORT ?? 3100) + 7;
const CALLERS = 6;
const REPLY_DELAY_MS = 700;

interface Sent {
  callId: string;
  body: { type: string; [k: string]: unknown };
  key: string;
  first: number | null;
  retry: number | null;
  retryMs: number;
  auditIds: number[];
  /** The error code of the last refusal, so a failure says which one it was. */
  refusal?: string;
}

async function post(api: APIRequestContext, origin: string, teamId: string, s: Sent, key = s.key) {
  const response = await api.post(`/api/teams/${teamId}/calls/${s.callId}/actions`, {
    data: s.body,
    headers: { 'idempotency-key': key, origin },
    timeout: 30_000,
  });
  const body = (await response.json().catch(() => ({}))) as { auditId?: number; error?: { code?: string } };
  if (response.ok() && body.auditId) s.auditIds.push(body.auditId);
  if (!response.ok()) s.refusal = `${s.body.type}: ${response.status()} ${body.error?.code ?? ''}`;
  return response.status();
}

async function crashRun(db: CrashDatabase) {
  rmSync(`test-results/crash-${db.name}`, { recursive: true, force: true });
  const app = new AppInstance(PORT, { DATA_DIR: `test-results/crash-${db.name}`, ...db.env });
  const [team] = await sandbox.teams();
  const teamId = team!.teamId;
  await app.start();
  const api = await playwrightRequest.newContext({ baseURL: app.url });
  expect(await signInRequest(api, DEMO.admin)).toBe(200);
  const { practitioners } = (await (await api.get(`/api/teams/${teamId}/practitioners`)).json()) as {
    practitioners: { id: string }[];
  };
  const practitionerId = practitioners[0]!.id;
  const sent: Sent[][] = [];
  for (let i = 0; i < CALLERS; i++) {
    const { callId } = await sandbox.addCaller({
      teamId,
      waitingQueueId: team!.waitingQueues[0]!.waitingQueueId,
      details: { name: `Crash Caller ${db.name} ${i}` },
    });
    const chain = [
      { type: 'claim' },
      { type: 'note', note: `note ${i}` },
      { type: 'admit', practitionerId, mode: 'room' },
    ];
    sent.push(
      chain.map((body) => ({ callId, body, key: randomUUID(), first: null, retry: null, retryMs: 0, auditIds: [] })),
    );
  }
  await expect
    .poll(async () => {
      const snapshot = (await (await api.get(`/api/teams/${teamId}/waiting`)).json()) as {
        callers: { callId: string }[];
      };
      return sent.filter((c) => snapshot.callers.some((s) => s.callId === c[0]!.callId)).length;
    })
    .toBe(CALLERS);

  await sandbox.faults({ replyDelayMs: REPLY_DELAY_MS, paths: ['/v1/sessions'] });
  try {
    // Killed once half the rooms reached Coviu: they are made, their answers are still on the way.
    // (The sandbox records its session:create webhook as it makes a session, before the late answer.)
    const created = async () => {
      const stats = (await (await fetch(`${SANDBOX_URL}/_sandbox/stats`)).json()) as {
        webhooks: { recent: { type: string; payload: { sessionId?: string } }[] };
      };
      return stats.webhooks.recent.filter((w) => w.type === 'session:create').map((w) => w.payload.sessionId);
    };
    const baseline = new Set(await created());
    const fresh = async () => (await created()).filter((id) => !baseline.has(id)).length;
    let done = false;
    const burst = Promise.all(
      sent.map(async (chain) => {
        for (const s of chain) {
          s.first = await post(api, app.url, teamId, s).catch(() => null);
          if (s.first === null) return;
        }
      }),
    ).finally(() => (done = true));
    while (!done && (await fresh()) < CALLERS / 2) await new Promise((r) => setTimeout(r, 20));
    app.crash();
    await burst;

    await app.start();
    await Promise.all(
      sent.map(async (chain) => {
        for (const s of chain) {
          const started = Date.now();
          s.retry = await post(api, app.url, teamId, s);
          s.retryMs = Date.now() - started;
          // What staff do when told "still being handled": click again, which is a new key.
          if (s.retry === 409) await post(api, app.url, teamId, s, randomUUID());
        }
      }),
    );
  } finally {
    await sandbox.faults({});
  }
  await app.stop();
  await api.dispose();

  const sql = await db.open();
  try {
    return { sent: sent.flat(), ...(await figures(sql, sent)) };
  } finally {
    await sql.close();
  }
}

interface Entry {
  id: number;
  action: string;
  resource_id: string;
  changes: { sessionId?: string; after?: { note?: string | null } } | null;
}
interface TriageRow {
  root_call_id: string;
  claimed_by: string | null;
  note: string | null;
  admission: { sessionId?: string; opening?: unknown } | null;
}

async function figures(sql: Sql, sent: Sent[][]) {
  const ids = sent.map((c) => c[0]!.callId);
  const keys = sent.flat().map((s) => s.key);
  const pendingKeys = (
    await sql.query<{ n: number }>(
      `select count(*)::int as n from idempotency_keys where status = 0 and key = any($1::text[])`,
      [keys],
    )
  ).rows[0]!.n;
  const audit = (
    await sql.query<Entry>(
      `select id::int, action, resource_id, changes from audit_log where resource_id = any($1::text[]) order by id`,
      [ids],
    )
  ).rows;
  const triage = (await sql.query<TriageRow>(`select * from triage where root_call_id = any($1::text[])`, [ids])).rows;
  const rooms = await Promise.all(ids.map((id) => sessionsWithState(`waitboard:caller:${id}`)));
  const acknowledged = sent.flat().flatMap((s) => s.auditIds);
  return {
    pendingKeys,
    answeredBeforeCrash: sent.flat().filter((s) => s.first !== null).length,
    stuckRetries: sent.flat().filter((s) => s.retry === 409).length,
    slowestRetryMs: Math.max(...sent.flat().map((s) => s.retryMs)),
    failedRetries: sent.flat().filter((s) => s.retry === null || s.retry >= 300).length,
    acknowledgedWithoutEntry: acknowledged.filter((id) => !audit.some((e) => e.id === id)).length,
    duplicateRooms: rooms.filter((r) => r.length > 1).length,
    admittedWithoutRoom: rooms.filter((r) => r.length === 0).length,
    roomsNotInTriage: rooms.flat().filter((r) => !triage.some((t) => t.admission?.sessionId === r)).length,
    callers: ids.map((id, i) => ({
      triage: triage.find((t) => t.root_call_id === id),
      actions: audit.filter((e) => e.resource_id === id).map((e) => e.action),
      lastNote: audit.filter((e) => e.resource_id === id && e.action === 'caller.note').at(-1)?.changes?.after?.note,
      room: rooms[i],
    })),
  };
}

test.describe('a crash mid-burst loses nothing and repeats nothing', () => {
  test.setTimeout(150_000);

  const check = async (db: CrashDatabase) => {
    const result = await crashRun(db);
    const { sent, callers, ...summary } = result;
    console.log(`crash test on ${db.name}: ${JSON.stringify(summary)}`);
    const refused = sent.filter((s) => s.retry !== null && s.retry >= 300).map((s) => s.refusal);
    if (refused.length) console.log(`retries refused: ${refused.join('; ')}`);
    expect(summary).toMatchObject({
      pendingKeys: 0,
      answeredBeforeCrash: sent.flat().filter((s) => s.first !== null).length,
      stuckRetries: 0,
      failedRetries: 0,
      acknowledgedWithoutEntry: 0,
      duplicateRooms: 0,
      admittedWithoutRoom: 0,
      roomsNotInTriage: 0,
    });
    expect(summary.slowestRetryMs).toBeLessThan(10_000);
    expect(sent.filter((s) => s.first !== null).length).toBeLessThan(sent.length);
    for (const [i, c] of callers.entries()) {
      // Each action applied once, each with its entry, and each entry's change in the triage state.
      expect(c.actions.filter((a) => a !== 'caller.room').sort()).toEqual([
        'caller.admit',
        'caller.claim',
        'caller.note',
      ]);
      expect(c.triage?.claimed_by).toBeTruthy();
      expect(c.triage?.note).toBe(`note ${i}`);
      expect(c.lastNote).toBe(`note ${i}`);
      expect(c.triage?.admission?.opening).toBeUndefined();
      expect(c.room).toEqual([c.triage?.admission?.sessionId]);
    }
  };

  // Each pass of `npm test` runs the crash test on its own database, so neither runs it twice.
  test('on PGlite', async () => {
    test.skip(ON_POSTGRES, 'the embedded database: the PGlite pass (E2E_DATABASE=pglite, the default) runs it');
    await check(pgliteDatabase('test-results/crash-pglite'));
  });

  test('on PostgreSQL', async () => {
    test.skip(!ON_POSTGRES, 'the PostgreSQL pass (E2E_DATABASE=postgres) runs it');
    const db = await postgresDatabase();
    try {
      await check(db);
    } finally {
      await db.drop();
    }
  });
});
