import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { SANDBOX_URL } from '../playwright.config';
import { createDatabase, dropDatabase } from '../scripts/e2e-database.mjs';

/** Rows from either database, the same way. */
export interface Sql {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  close(): Promise<void>;
}

export interface CrashDatabase {
  name: 'pglite' | 'postgres';
  /** Extra environment for the app. */
  env: Record<string, string>;
  /** Opens it from the test, once the app is stopped (PGlite has one owner at a time). */
  open(): Promise<Sql>;
  drop(): Promise<void>;
}

export function pgliteDatabase(dataDir: string): CrashDatabase {
  return {
    name: 'pglite',
    env: {},
    async open() {
      const pg = new PGlite(dataDir);
      return { query: (text, params) => pg.query(text, params), close: () => pg.close() };
    },
    async drop() {},
  };
}

/** A throwaway PostgreSQL database (named for this worker, so a killed run's is swept). */
export async function postgresDatabase(): Promise<CrashDatabase> {
  const { name, url } = await createDatabase();
  return {
    name: 'postgres',
    env: { DATABASE_URL: url },
    async open() {
      const client = new Client({ connectionString: url });
      await client.connect();
      return {
        query: async <R>(text: string, params?: unknown[]) => ({
          rows: (await client.query(text, params)).rows as R[],
        }),
        close: () => client.end(),
      };
    },
    drop: () => dropDatabase(name),
  };
}

/**
 * A second Waitboard (`next start` on the built app) against the suite's sandbox, in a process
 * group of its own so the test can `kill -9` it as a crash would.
 */
export class AppInstance {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    /** Where its output goes (appended), to read after a failure; nowhere when unset. */
    private readonly logFile?: string,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The `next start` process (its group leader), while it runs. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(): Promise<void> {
    // The instance's own env wins (a cluster shares a public NEXTAUTH_URL and a sandbox of its own).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SANDBOX_PORT: new URL(SANDBOX_URL).port,
      NEXTAUTH_URL: this.url,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      ...this.env,
      PORT: String(this.port),
    };
    // The embedded instance must not pick up a DATABASE_URL from the shell that started the tests.
    if (!this.env.DATABASE_URL) delete env.DATABASE_URL;
    const out = this.logFile ? openSync(this.logFile, 'a') : null;
    this.child = spawn('node_modules/.bin/next', ['start', '-p', String(this.port), '--keepAliveTimeout', '65000'], {
      detached: true,
      stdio: out === null ? 'ignore' : ['ignore', out, out],
      env,
    });
    if (out !== null) closeSync(out);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`the app on port ${this.port} exited while starting`);
      const ok = await fetch(`${this.url}/api/health?ready=1`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the app on port ${this.port} did not become ready`);
  }

  /** `kill -9` of the whole group: no shutdown hook runs, nothing is flushed. */
  crash(): void {
    if (this.child?.pid) process.kill(-this.child.pid, 'SIGKILL');
    this.child = null;
  }

  /** `kill -STOP`: frozen, its sockets open, as a process stalled by the machine or a debugger. */
  freeze(): void {
    if (this.child?.pid) process.kill(-this.child.pid, 'SIGSTOP');
  }

  thaw(): void {
    if (this.child?.pid) process.kill(-this.child.pid, 'SIGCONT');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGCONT');
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    this.child = null;
  }
}

/** Coviu sessions (the sandbox's, through its Coviu API) with a participant in this state. */
export async function sessionsWithState(state: string): Promise<string[]> {
  const token = (await (
    await fetch(`${SANDBOX_URL}/v1/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    })
  ).json()) as { access_token: string };
  const response = await fetch(`${SANDBOX_URL}/v1/sessions?${new URLSearchParams({ state, page_size: '200' })}`, {
    headers: { authorization: `Bearer ${token.access_token}` },
  });
  return ((await response.json()) as { content: { session_id: string }[] }).content.map((s) => s.session_id);
}
