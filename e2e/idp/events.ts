import type { KoaContextWithOIDC } from 'oidc-provider';

/** What the provider saw, in order, for specs to assert on (GET /_idp/events). */
export type IdpEvent = { seq: number; at: string } & (
  | { kind: 'config'; mode: string; clientSecretChanged: boolean }
  /** An authorization request as the browser sent it (before the provider judged it). */
  | {
      kind: 'authorization';
      clientId: string | null;
      prompt: string | null;
      maxAge: string | null;
      scope: string | null;
    }
  /** A sign-in form (or another interaction page) was rendered. */
  | { kind: 'interaction'; prompt: string; reasons: string[] }
  | { kind: 'login'; accountId: string }
  /** RP-initiated logout asked for; `hadSession` is whether the confirm page (not a silent post) was shown. */
  | {
      kind: 'end_session';
      status: number;
      hadSession: boolean;
      postLogoutRedirectUri: string | null;
      error: string | null;
    }
  | { kind: 'end_session_confirm'; status: number; logout: boolean; endedSession: boolean }
  | { kind: 'token'; status: number; error: string | null }
  | { kind: 'userinfo'; status: number }
  /** The provider's own `*.error` events: why it refused something (e.g. `invalid_client`). */
  | { kind: 'error'; event: string; error: string; description: string | null }
);

type Body<E> = E extends unknown ? Omit<E, 'seq' | 'at'> : never;
export type NewEvent = Body<IdpEvent>;

export class EventLog {
  private events: IdpEvent[] = [];
  private seq = 0;

  add(event: NewEvent): void {
    this.events.push({ seq: ++this.seq, at: new Date().toISOString(), ...event } as IdpEvent);
  }

  list(): IdpEvent[] {
    return [...this.events];
  }

  clear(): void {
    this.events = [];
  }
}

const one = (value: unknown): string | null =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;

const errorOf = (body: unknown): string | null =>
  body && typeof body === 'object' && 'error' in body && typeof body.error === 'string' ? body.error : null;

// The provider's default route paths (`routes` is not configured): /auth, /interaction/:uid,
// /session/end[/confirm], /token, /me.
const INTERACTION = /^\/interaction\/[^/]+$/;

/**
 * A Koa middleware for `provider.use`: it runs around every issuer request, so it sees requests the
 * provider refuses too. Parameters are read from the query (next-auth redirects with GET).
 */
export function recorder(log: EventLog) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    const { method, path } = ctx;
    if (path === '/auth' && method === 'GET') {
      log.add({
        kind: 'authorization',
        clientId: one(ctx.query.client_id),
        prompt: one(ctx.query.prompt),
        maxAge: one(ctx.query.max_age),
        scope: one(ctx.query.scope),
      });
    }
    await next();
    const oidc = ctx.oidc;
    if (INTERACTION.test(path) && method === 'GET' && ctx.status === 200 && oidc) {
      const details = await oidc.provider.interactionDetails(ctx.req, ctx.res).catch(() => null);
      if (details) log.add({ kind: 'interaction', prompt: details.prompt.name, reasons: details.prompt.reasons });
    } else if (INTERACTION.test(path) && method === 'POST' && oidc?.body?.prompt === 'login') {
      log.add({ kind: 'login', accountId: String(oidc.body.login ?? '') });
    } else if (path === '/session/end') {
      log.add({
        kind: 'end_session',
        status: ctx.status,
        hadSession: Boolean(oidc?.session?.accountId),
        postLogoutRedirectUri: one(oidc?.params?.post_logout_redirect_uri ?? ctx.query.post_logout_redirect_uri),
        error: ctx.status >= 400 ? (errorOf(ctx.body) ?? 'error page') : null,
      });
    } else if (path === '/session/end/confirm') {
      // The session object keeps its accountId after being destroyed: it tells whose session ended.
      const logout = Boolean(oidc?.params?.logout);
      log.add({
        kind: 'end_session_confirm',
        status: ctx.status,
        logout,
        endedSession: logout && ctx.status < 400 && Boolean(oidc?.session?.accountId),
      });
    } else if (path === '/token') {
      log.add({ kind: 'token', status: ctx.status, error: errorOf(ctx.body) });
    } else if (path === '/me') {
      log.add({ kind: 'userinfo', status: ctx.status });
    }
  };
}
