import type { Session } from 'next-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBus } from '../cluster/bus';
import { type Database, openDatabase } from '../db/client';
import { setDatabaseForTests } from '../db/index';
import { createDisplayToken, revokeDisplayToken, verifyDisplayToken } from '../display/tokens';
import { forgetCachedSettings } from '../settings/store';
import { createTeam } from '../staff/teams';
import { createUser, updateUser } from '../staff/users';
import { waitingEventStream } from '../waiting/sse';
import { TeamPoller } from '../waiting/team-poller';
import { accessChanged, recheckForDisplay, recheckForUser, registeredStreams } from './stream-recheck';
import { sessionChecker } from './stream-session';

const ctx = { ip: null, userAgent: 'vitest', actor: { id: null, email: 'admin' } };
// Far off: an end seen in this test came from a signal, not from a heartbeat.
const HEARTBEAT_MS = 600_000;

const poller = () =>
  new TeamPoller('clinic', {
    load: async () => [],
    reload: async (_t, c) => c,
    activeIntervalMs: 60_000,
    idleIntervalMs: 60_000,
  });

/** Reads until the stream says it ended (resolving with how long that took), or gives up. */
async function ended(stream: ReadableStream<Uint8Array>, ms = 3_000): Promise<number> {
  const reader = stream.getReader();
  const started = Date.now();
  const timeout = setTimeout(() => void reader.cancel(), ms);
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) text += new TextDecoder().decode(value);
    if (text.includes('event: end') || done) break;
  }
  clearTimeout(timeout);
  if (!text.includes('event: end')) throw new Error(`the stream did not end within ${ms} ms`);
  return Date.now() - started;
}

function sessionOf(user: { id: string; email: string; name: string; role: Session['user']['role'] }): Session {
  const now = Date.now();
  return {
    user,
    signedInAt: now,
    lastActiveAt: now,
    sessionVersion: 0,
    mustChangePassword: false,
    expires: new Date(now + 3_600_000).toISOString(),
  };
}

describe('open streams re-checked on a signal (embedded database, in-memory bus)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({});
    setDatabaseForTests(database);
    forgetCachedSettings();
    await createTeam(ctx, { id: 'clinic', name: 'Clinic', timezone: 'Australia/Sydney' });
  }, 60_000);
  afterAll(async () => {
    await closeBus();
    await database.close();
  });

  it('runs the checks of the person named, of everyone for null, and of nobody else', async () => {
    const runs = { u: 0, v: 0 };
    const stopU = recheckForUser('u')(() => void runs.u++);
    const stopV = recheckForUser('v')(() => void runs.v++);
    await accessChanged('u');
    await accessChanged(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toEqual({ u: 2, v: 1 });
    stopU();
    stopV();
    expect(registeredStreams()).toBe(0);
  });

  it('keeps a stream open when its check cannot read the database (the next heartbeat asks again)', async () => {
    let asked = 0;
    let run = () => undefined as void;
    const stream = waitingEventStream(poller(), {
      kind: 'dashboard',
      lastEventId: null,
      signal: new AbortController().signal,
      stillSignedIn: async () => {
        asked += 1;
        throw new Error('connection terminated');
      },
      recheck: (r) => ((run = r), () => undefined),
      heartbeatMs: HEARTBEAT_MS,
    });
    run();
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toBe(1); // and no unhandled rejection, which would fail this run
    await stream.cancel();
  });

  it('ends a dashboard stream at once when its person loses the clinic', async () => {
    const { user } = await createUser(ctx, {
      email: 'lose@example.com',
      name: 'Lose',
      role: 'receptionist',
      teamIds: ['clinic'],
      password: 'a long enough password',
    });
    const stream = waitingEventStream(poller(), {
      kind: 'dashboard',
      lastEventId: null,
      signal: new AbortController().signal,
      stillSignedIn: sessionChecker(sessionOf(user), undefined, 'clinic'),
      recheck: recheckForUser(user.id),
      heartbeatMs: HEARTBEAT_MS,
    });
    expect(registeredStreams()).toBe(1);
    const ending = ended(stream);
    await updateUser(ctx, user.id, { teamIds: [] });
    console.log(`stream ended ${await ending} ms after the clinic was taken away`);
    expect(registeredStreams()).toBe(0);
  });

  it('ends a wall display’s stream at once when its link is revoked', async () => {
    const { user } = await createUser(ctx, { email: 'm@example.com', name: 'M', role: 'manager', teamIds: ['clinic'] });
    const { id, token } = await createDisplayToken(ctx, user.id, 'clinic', { label: 'TV', showNames: 'initials' });
    const stream = waitingEventStream(poller(), {
      kind: 'display',
      lastEventId: null,
      signal: new AbortController().signal,
      stillSignedIn: async () => (await verifyDisplayToken(token)) !== null,
      recheck: recheckForDisplay(id),
      heartbeatMs: HEARTBEAT_MS,
    });
    const ending = ended(stream);
    await revokeDisplayToken(ctx, 'clinic', id);
    console.log(`display stream ended ${await ending} ms after its link was revoked`);
  });
});
