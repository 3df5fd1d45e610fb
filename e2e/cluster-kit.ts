import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { AppInstance, type CrashDatabase, postgresDatabase } from './crash-instance';
import { type LoggedRequest, sandboxAt } from './sandbox-control';
import { TcpRelay } from './tcp-relay';

// Several Waitboard instances (`next start` of the built app) against one throwaway PostgreSQL
// database and one sandbox of their own, for e2e/cluster.spec.ts and bench/cluster.bench.ts.
// The sandbox is not the suite's: the suite's app polls that one too, and would blur the counts.

export const CLUSTER_METRICS_TOKEN = 'cluster-metrics-token-0123456789';
export const CLUSTER_SECRET = 'cluster-nextauth-secret-0123456789abcdef';
const WEBHOOK_TOKEN = 'cluster-webhook-token-0123456789';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nothing listens on now (the kernel's pick), so parallel sessions do not collide. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run sandbox` as its own process, clinic simulation off, webhooks to `webhookUrl` if given. */
export class SandboxProcess {
  private child: ChildProcess | null = null;
  readonly control;

  constructor(readonly port: number) {
    this.control = sandboxAt(this.url);
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(webhookUrl?: string): Promise<void> {
    this.child = spawn('node_modules/.bin/tsx', ['sandbox/main.ts'], {
      stdio: 'ignore',
      env: {
        ...process.env,
        SANDBOX_PORT: String(this.port),
        SANDBOX_SIMULATION: 'off',
        SANDBOX_SEED: '2026',
        ...(webhookUrl ? { SANDBOX_WEBHOOK_URL: webhookUrl, SANDBOX_WEBHOOK_AUTH: `bearer:${WEBHOOK_TOKEN}` } : {}),
      },
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (
        await fetch(`${this.url}/_sandbox`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await sleep(200);
    }
    throw new Error(`the sandbox on port ${this.port} did not come up`);
  }

  stop(): void {
    this.child?.kill('SIGTERM');
    this.child = null;
  }
}

export interface ClusterOptions {
  /** One instance per port; none is started until asked. */
  ports: number[];
  sandboxPort: number;
  pollActiveMs: number;
  /** Every instance's public address (NEXTAUTH_URL): the load balancer in front of them. */
  publicUrl: string;
  /** More environment, the same for every instance (as in production: see docs/nginx.conf). */
  env?: Record<string, string>;
  /** Sandbox webhooks go to this instance's port (as Coviu's reach whichever the balancer picks). */
  webhookPort?: number;
  /** Folder for each instance's data folder and output log. */
  dir: string;
  /** Each instance reaches PostgreSQL through a relay of its own, to cut its link alone. */
  relays?: boolean;
}

export class Cluster {
  private constructor(
    readonly instances: AppInstance[],
    readonly sandbox: SandboxProcess,
    readonly db: CrashDatabase,
    /** Each instance's database relay, by instance port (with `relays`). */
    readonly relays: Map<number, TcpRelay>,
  ) {}

  /** The cluster, or why there can be none (no PostgreSQL reachable). */
  static async create(options: ClusterOptions): Promise<Cluster | string> {
    const db = await postgresDatabase().catch((error: unknown) => (error as Error).message);
    if (typeof db === 'string') return db;
    rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(options.dir, { recursive: true });
    const env = {
      ...db.env,
      NEXTAUTH_SECRET: CLUSTER_SECRET,
      NEXTAUTH_URL: options.publicUrl,
      SANDBOX_PORT: String(options.sandboxPort),
      METRICS_TOKEN: CLUSTER_METRICS_TOKEN,
      COVIU_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
      POLL_ACTIVE_MS: String(options.pollActiveMs),
      ...options.env,
    };
    const relays = new Map<number, TcpRelay>();
    const instances: AppInstance[] = [];
    for (const port of options.ports) {
      const url = new URL(db.env.DATABASE_URL!);
      if (options.relays) {
        const relay = await new TcpRelay(Number(url.port || 5432), url.hostname).listen();
        relays.set(port, relay);
        url.host = `127.0.0.1:${relay.port}`;
      }
      const own = { ...env, DATABASE_URL: url.toString(), DATA_DIR: `${options.dir}/data-${port}` };
      instances.push(new AppInstance(port, own, `${options.dir}/app-${port}.log`));
    }
    const sandbox = new SandboxProcess(options.sandboxPort);
    const webhook = options.webhookPort ? `http://127.0.0.1:${options.webhookPort}/api/webhooks/coviu` : undefined;
    await sandbox.start(webhook);
    return new Cluster(instances, sandbox, db, relays);
  }

  get running(): AppInstance[] {
    return this.instances.filter((i) => i.pid !== null);
  }

  /** What one instance's /metrics says it owns: team id → 1 or 0. */
  static async owned(instance: AppInstance): Promise<Map<string, number>> {
    const response = await fetch(`${instance.url}/metrics`, {
      headers: { authorization: `Bearer ${CLUSTER_METRICS_TOKEN}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`/metrics on port ${instance.port}: ${response.status}`);
    const owned = new Map<string, number>();
    for (const line of (await response.text()).split('\n')) {
      const m = /^waitboard_poller_owned\{([^}]*)\}\s+(\S+)/.exec(line);
      const team = m && /team="([^"]*)"/.exec(m[1]!)?.[1];
      if (team) owned.set(team, Number(m[2]));
    }
    return owned;
  }

  /** The running instances that say they poll this team (one, when all is well). */
  async ownersOf(teamId: string): Promise<AppInstance[]> {
    const running = this.running;
    const says = await Promise.all(running.map((i) => Cluster.owned(i).then((o) => o.get(teamId) === 1)));
    return running.filter((_, k) => says[k]);
  }

  /** Waits until exactly one running instance owns the team, and returns it. */
  async owner(teamId: string, timeoutMs = 15_000): Promise<AppInstance> {
    const deadline = Date.now() + timeoutMs;
    let owners: AppInstance[] = [];
    while (Date.now() < deadline) {
      owners = await this.ownersOf(teamId);
      if (owners.length === 1) return owners[0]!;
      await sleep(100);
    }
    throw new Error(
      `team ${teamId}: ${owners.length} owners after ${timeoutMs} ms (ports ${owners.map((o) => o.port)})`,
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((i) => i.stop()));
    this.sandbox.stop();
    await Promise.all([...this.relays.values()].map((r) => r.close()));
    await this.db.drop().catch(() => undefined);
  }
}

/** The sandbox's reads of one team's waiting area (the polls) after `since`, with who read. */
export async function pollReads(sandbox: SandboxProcess, teamId: string, since: number): Promise<LoggedRequest[]> {
  return (await sandbox.control.log(since, `/v1/waiting/${teamId}`)).filter((r) => r.path === `/v1/waiting/${teamId}`);
}

/** Arrival times (epoch ms) of the team's polls after `since`. */
export async function pollsOf(sandbox: SandboxProcess, teamId: string, since: number): Promise<number[]> {
  return (await pollReads(sandbox, teamId, since)).map((r) => r.at);
}

/** Reads per minute from the gaps between successive reads (a window's edges do not skew it). */
export function perMinute(reads: number[]): number {
  if (reads.length < 2) return 0;
  return ((reads.length - 1) * 60_000) / (reads.at(-1)! - reads[0]!);
}
