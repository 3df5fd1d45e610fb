import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { clientInfo, type ClientInfo } from './client-info';

/**
 * What next-auth's callbacks need from the request they run in but are not handed: who is asking
 * (for the audit), and what a sign-out ended (for the provider's own sign-out).
 */
export interface AuthRequest {
  client: ClientInfo;
  /** Set by the sign-out event when the session came from single sign-on. */
  endedSso?: { idToken: string | null };
}

const storage = new AsyncLocalStorage<AuthRequest>();

export function withAuthRequest<T>(request: Request, work: (context: AuthRequest) => Promise<T>): Promise<T> {
  const context: AuthRequest = { client: clientInfo(request.headers) };
  return storage.run(context, () => work(context));
}

/** The request next-auth is handling; outside one (tests, scripts) an unknown client. */
export function authRequest(): AuthRequest {
  return storage.getStore() ?? { client: { ip: null, userAgent: null } };
}
