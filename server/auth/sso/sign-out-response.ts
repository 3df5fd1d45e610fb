import 'server-only';
import type { AuthRequest } from '../auth-request';
import { ssoConfig } from './config';
import { providerSignOutUrl } from './logout';

const REASONS = new Set(['signedout', 'idle', 'password-changed']);

/** The reason the browser asked to land on (`/signin?reason=idle`), if it is one the page knows. */
function reasonOf(target: string | null): string | null {
  if (!target) return null;
  const reason = new URL(target, 'http://x').searchParams.get('reason');
  return reason && REASONS.has(reason) ? reason : null;
}

/**
 * After next-auth ends a session that came from single sign-on, sends the browser on to the
 * provider's own sign-out instead of straight to the sign-in page: otherwise the provider's
 * session outlives Waitboard's, and on a shared computer the next person's click on the button
 * would be the last person signing in again. Both of next-auth's answers are handled: JSON
 * `{ url }` (its client's fetch) and a redirect (a plain form post).
 */
export async function onToProviderSignOut(response: Response, context: AuthRequest): Promise<Response> {
  const config = ssoConfig();
  if (!context.endedSso || !config) return response;
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const target = isJson
    ? (((await response.clone().json()) as { url?: string }).url ?? null)
    : response.headers.get('location');
  const url = await providerSignOutUrl(config, context.endedSso.idToken, reasonOf(target));
  if (!url) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (!isJson) {
    headers.set('location', url);
    return new Response(null, { status: response.status, headers });
  }
  return new Response(JSON.stringify({ url }), { status: response.status, headers });
}
