// oidc-provider 9 ships no types (and @types/oidc-provider lags its majors); only what e2e/idp/ uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
  }

  export class Grant {
    constructor(init: { accountId: string; clientId: string });
    readonly jti: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
    static find(id: string): Promise<Grant | undefined>;
  }

  export interface OIDCSession {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  /** ctx.oidc: filled in as a route runs, so most of it is absent before `next()`. */
  export interface OIDCContext {
    readonly route?: string;
    readonly provider: Provider;
    readonly params?: Record<string, unknown>;
    readonly body?: Record<string, unknown>;
    readonly session?: OIDCSession;
    readonly client?: { clientId: string };
    readonly result?: { consent?: { grantId?: string } };
  }

  /** The Koa context, as far as a middleware added with `provider.use` reads it. */
  export interface KoaContextWithOIDC {
    readonly method: string;
    readonly path: string;
    readonly query: Record<string, string | string[] | undefined>;
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    status: number;
    body: unknown;
    oidc?: OIDCContext;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: { keys?: string[] };
    claims?: Record<string, string[] | null>;
    conformIdTokenClaims?: boolean;
    features?: {
      devInteractions?: { enabled: boolean };
      rpInitiatedLogout?: { enabled: boolean };
      userinfo?: { enabled: boolean };
    };
    pkce?: { required?: (ctx: KoaContextWithOIDC, client: { clientId: string }) => boolean };
    findAccount?: (ctx: KoaContextWithOIDC, id: string) => Promise<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC & { oidc: OIDCContext }) => Promise<Grant | undefined>;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[] };
    params: Record<string, unknown>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    /** Koa's: whether X-Forwarded-* headers are believed. */
    proxy: boolean;
    readonly issuer: string;
    readonly Grant: typeof Grant;
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  }
}
