import 'server-only';
import { Client, type ClientConfig } from 'pg';
import { log } from '../log';

/** The first half of each team's advisory-lock key ('WTBD'): apart from every other lock of ours. */
const LOCK_SPACE = 0x57544244;

export interface OwnershipOptions {
  connection: ClientConfig;
  /**
   * How long a silent owner keeps its teams: the lock connection's idle_session_timeout. A frozen
   * process (SIGSTOP) still answers TCP, so only PostgreSQL noticing the silence frees its locks.
   */
  leaseMs: number;
  /** Called while holding the lock; returns when this instance has taken the team over (its epoch stored). */
  gained(teamId: string): Promise<void>;
  /** The lock is gone (connection lost, or given up): stop polling the team now. */
  lost(teamId: string): void;
}

/**
 * Which teams this instance polls: each team's session-level advisory lock, held on a connection
 * of its own (a pooled one would hand the lock to whoever uses it next). Every lease/4 the
 * connection says it is alive and tries to take the teams nobody holds; when the connection
 * fails, every team is dropped at once, because PostgreSQL has released the locks or soon will.
 */
export class Ownership {
  private client: Client | null = null;
  private readonly owned = new Set<string>();
  private wanted = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private ticking = false;

  constructor(private readonly options: OwnershipOptions) {}

  get teams(): string[] {
    return [...this.owned];
  }

  owns(teamId: string): boolean {
    return this.owned.has(teamId);
  }

  /** The teams to poll when nobody else does. */
  want(teamIds: Iterable<string>): void {
    this.wanted = new Set(teamIds);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), Math.max(100, this.options.leaseMs / 4));
    this.timer.unref?.();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.dropAll();
  }

  /** Lets a team go (its publish was fenced out, or failed): another instance, or this one later, takes it. */
  async release(teamId: string): Promise<void> {
    if (!this.owned.delete(teamId)) return;
    this.options.lost(teamId);
    await this.client
      ?.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, teamId])
      .catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const client = this.client ?? (await this.connect());
      await client.query('SELECT 1');
      for (const teamId of this.wanted) {
        if (this.owned.has(teamId) || this.client !== client) continue;
        const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS got', [
          LOCK_SPACE,
          teamId,
        ]);
        if (!rows[0]?.got) continue;
        this.owned.add(teamId);
        await this.options.gained(teamId).catch((error: unknown) => {
          log.warn('taking over a team failed', { team: teamId, name: (error as Error)?.name });
          void this.release(teamId);
        });
      }
    } catch (error) {
      if (this.client)
        log.warn('poller lock connection failed', { name: (error as Error)?.name, teams: this.owned.size });
      this.dropAll();
    } finally {
      this.ticking = false;
    }
  }

  private async connect(): Promise<Client> {
    const lease = Math.round(this.options.leaseMs);
    // Gives up on a silent database before PostgreSQL frees the locks (lease), so a cut-off owner
    // stops polling before its successor starts.
    const client = new Client({ ...this.options.connection, keepAlive: true, query_timeout: Math.round(lease / 2) });
    client.on('error', (error) => {
      log.warn('poller lock connection lost', {
        name: error?.name,
        code: (error as { code?: string }).code,
        teams: this.owned.size,
      });
      this.dropAll();
    });
    await client.connect().catch((error: unknown) => {
      client.removeAllListeners();
      throw error;
    });
    await client.query(`SET idle_session_timeout = ${lease}`);
    await client.query(`SET application_name = 'waitboard poller locks'`);
    this.client = client;
    return client;
  }

  /** Every lock is gone with the connection: stop every poller at once, then let the socket go. */
  private dropAll(): void {
    const client = this.client;
    this.client = null;
    for (const teamId of [...this.owned]) {
      this.owned.delete(teamId);
      this.options.lost(teamId);
    }
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      // On a cut network end() waits for ever; the socket must not.
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }
  }
}
