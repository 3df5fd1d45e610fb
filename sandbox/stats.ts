import { createHash } from 'node:crypto';
import type { Context, Next } from 'hono';
import { matchedRoutes } from 'hono/route';

/** The most recent requests the log keeps: enough for minutes of polling by a few instances. */
const LOG_LIMIT = 5_000;

export interface LoggedRequest {
  /** Arrival (epoch ms), before the answer: a poller killed mid-request still counts when it asked. */
  at: number;
  method: string;
  path: string;
  /** A short hash of the Authorization header: tells apart clients holding different tokens. */
  client: string | null;
}

/** Requests counted by method and path template, e.g. `GET /v1/waiting/{teamId}`; benchmarks read it. */
export class Stats {
  requests: Record<string, number> = {};
  /** Recent requests with their arrival times, oldest first (failover tests time the first poll after a kill). */
  log: LoggedRequest[] = [];
  statuses: Record<string, number> = {};
  /** Waiting-area reads by concrete path, so per-team load can be told apart. */
  waitingPaths: Record<string, number> = {};

  middleware() {
    return async (c: Context, next: Next) => {
      const auth = c.req.header('authorization');
      const client = auth ? createHash('sha256').update(auth).digest('hex').slice(0, 8) : null;
      this.log.push({ at: Date.now(), method: c.req.method, path: new URL(c.req.url).pathname, client });
      if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
      try {
        await next();
      } finally {
        const handler = matchedRoutes(c)
          .filter((r) => r.method !== 'ALL')
          .at(-1);
        const template = handler ? handler.path.replace(/:(\w+)/g, '{$1}') : new URL(c.req.url).pathname;
        const key = `${c.req.method} ${template}`;
        this.requests[key] = (this.requests[key] ?? 0) + 1;
        const path = new URL(c.req.url).pathname;
        if (path.startsWith('/v1/waiting/') && Object.keys(this.waitingPaths).length < 1_000) {
          this.waitingPaths[path] = (this.waitingPaths[path] ?? 0) + 1;
        }
        const status = String(c.res.status);
        this.statuses[status] = (this.statuses[status] ?? 0) + 1;
      }
    };
  }

  reset(): void {
    this.requests = {};
    this.statuses = {};
    this.waitingPaths = {};
    this.log = [];
  }
}
