import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/client';
import { testDatabases } from '@/test/helpers/databases';
import { Ownership } from './ownership';

const TEAM = '09ef6778-3714-4dd6-91ec-d2868365c4ef';
const LEASE = 2_000;
const LOCK = `SELECT pg_try_advisory_lock(${0x57544244}, hashtext('${TEAM}')) AS got`;

const postgres = (await testDatabases()).find((d) => d.name === 'postgres');

function connectionOf(d: Database) {
  return (d.db as unknown as { $client: { options: object } }).$client.options;
}

async function until(check: () => boolean, ms: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - started;
}

describe.skipIf(!postgres)('poller ownership (PostgreSQL advisory locks)', () => {
  let d: Database;
  beforeAll(async () => {
    d = await postgres!.open();
  });
  afterAll(() => d?.close());

  function instance() {
    const events: string[] = [];
    const o = new Ownership({
      connection: connectionOf(d),
      leaseMs: LEASE,
      gained: async (t) => void events.push(`gained ${t}`),
      lost: (t) => events.push(`lost ${t}`),
    });
    o.want([TEAM]);
    return { o, events };
  }

  /** Another process holding the team's lock: it can die (socket closed) or freeze (stay silent). */
  async function rival() {
    const client = new Client({ ...connectionOf(d) });
    await client.connect();
    await client.query(`SET idle_session_timeout = ${LEASE}`);
    client.on('error', () => undefined);
    expect((await client.query(LOCK)).rows[0].got).toBe(true);
    return client;
  }

  it('gives a team to one instance only, and to the other within a quarter lease of the owner dying', async () => {
    const holder = await rival();
    const b = instance();
    b.o.start();
    await new Promise((r) => setTimeout(r, LEASE / 2));
    expect(b.o.owns(TEAM)).toBe(false);
    // kill -9: the kernel closes the socket, PostgreSQL ends the session and its locks at once.
    (holder as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const took = await until(() => b.o.owns(TEAM), LEASE);
    expect(took).toBeLessThan(LEASE / 4 + 500);
    expect(b.events).toEqual([`gained ${TEAM}`]);
    await b.o.stop();
    expect(b.events).toEqual([`gained ${TEAM}`, `lost ${TEAM}`]);
  });

  it('takes a team from a frozen owner once PostgreSQL ends its silent session (one lease)', async () => {
    await rival(); // holds the lock and never speaks again, as a SIGSTOPped process
    const b = instance();
    const started = Date.now();
    b.o.start();
    await until(() => b.o.owns(TEAM), 3 * LEASE);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(LEASE - 200);
    expect(took).toBeLessThan(LEASE + LEASE / 4 + 1_000);
    await b.o.stop();
  });

  it('drops every team the moment its own lock connection is cut', async () => {
    const a = instance();
    a.o.start();
    await until(() => a.o.owns(TEAM), LEASE);
    const admin = new Client({ ...connectionOf(d) });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'waitboard poller locks' AND datname = current_database()`,
    );
    await admin.end();
    await until(() => !a.o.owns(TEAM), LEASE);
    expect(a.events).toEqual([`gained ${TEAM}`, `lost ${TEAM}`]);
    // ...and takes it again on a new connection, as nobody else holds it.
    await until(() => a.o.owns(TEAM), LEASE);
    await a.o.stop();
  });
});

if (!postgres) console.log('Ownership tests skipped: they need PostgreSQL (advisory locks are per session).');
