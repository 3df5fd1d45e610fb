import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type Account, type Configuration } from 'oidc-provider';
import { type EventLog, recorder } from './events';

export const MODES = ['id-token', 'userinfo-only'] as const;
export type Mode = (typeof MODES)[number];
export const CLIENT_ID = 'waitboard';
const SCOPE = 'openid email profile';

/** What one login (the `sub`) asserts. A claim left out is not sent at all (Entra sends no email_verified). */
export interface AccountClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[];
}

export interface ProviderSettings {
  issuer: string;
  appUrl: string;
  mode: Mode;
  clientSecret: string;
}

/** Made once per process, so ID tokens and cookies stay valid across rebuilt providers. */
export interface Keys {
  signing: Record<string, unknown>;
  cookies: string[];
}

export function makeKeys(): Keys {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    signing: { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-idp', alg: 'RS256', use: 'sig' },
    cookies: [randomBytes(32).toString('base64url')],
  };
}

// Emitted with (ctx, error) when the provider refuses a request: the reason a spec's run needs.
const ERROR_EVENTS = [
  'authorization.error',
  'grant.error',
  'userinfo.error',
  'end_session.error',
  'end_session_confirm.error',
  'end_session_success.error',
  'server_error',
];

function describe(error: unknown): { error: string; description: string | null } {
  const e = (error ?? {}) as { error?: unknown; error_description?: unknown; message?: unknown };
  return {
    error: typeof e.error === 'string' ? e.error : String(e.message ?? error),
    description: typeof e.error_description === 'string' ? e.error_description : null,
  };
}

/**
 * One provider for one configuration. The issuer server swaps in a new one on every change (the
 * mode is read when a provider is built). Interactions, sessions and grants live in oidc-provider's
 * module-wide memory adapter, so they usually survive the swap.
 */
export function buildProvider(
  settings: ProviderSettings,
  keys: Keys,
  accounts: ReadonlyMap<string, AccountClaims>,
  log: EventLog,
): Provider {
  const app = settings.appUrl.replace(/\/$/, '');
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: settings.clientSecret,
        redirect_uris: [`${app}/api/auth/callback/oidc`],
        // The one post-logout address the README tells a clinic to register: why (signed out, idle)
        // comes back in RP-Initiated Logout's `state`, not in the address.
        post_logout_redirect_uris: [`${app}/signin`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [keys.signing] },
    cookies: { keys: keys.cookies },
    // Claims under `openid` go out whatever the mode, as Entra sends app roles in every ID token.
    claims: { openid: ['sub', 'roles'], email: ['email', 'email_verified'], profile: ['name'] },
    // true (the default) keeps scope-requested claims out of the ID token: only userinfo has them.
    conformIdTokenClaims: settings.mode === 'userinfo-only',
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true }, userinfo: { enabled: true } },
    // oidc-provider only requires PKCE of public clients by default; Waitboard sends it, so insist.
    pkce: { required: () => true },
    // Any login is accepted (the dev form takes any password); unregistered ones assert only `sub`.
    async findAccount(_ctx, id): Promise<Account> {
      return {
        accountId: id,
        claims: () => {
          const registered = accounts.get(id) ?? {};
          const present = Object.entries(registered).filter(([, value]) => value !== undefined);
          return { sub: id, ...Object.fromEntries(present) };
        },
      };
    },
    // A first-party client: grant what it asks for without the consent screen.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId;
      const accountId = oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({ accountId, clientId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(settings.issuer, configuration);
  provider.proxy = false;
  provider.use(recorder(log));
  for (const event of ERROR_EVENTS) {
    provider.on(event, (_ctx: unknown, error: unknown) => log.add({ kind: 'error', event, ...describe(error) }));
  }
  return provider;
}
