import type { Context, Next } from 'hono';
import { matchedRoutes } from 'hono/route';

/** Requests counted by method and path template, e.g. `GET /v1/waiting/{teamId}`; benchmarks read it. */
export class Stats {
  requests: Record<string, number> = {};
  statuses: Record<string, number> = {};
  /** Waiting-area reads by concrete path, so per-team load can be told apart. */
  waitingPaths: Record<string, number> = {};

  middleware() {
    return async (c: Context, next: Next) => {
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
  }
}
