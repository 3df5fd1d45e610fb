import 'server-only';
import type { LoggerInstance } from 'next-auth';
import { log } from '../../log';

/** What an administrator needs from an error next-auth reports: its kind and message, never the profile or tokens it carries. */
function describe(metadata: unknown): Record<string, string> {
  const error = (metadata as { error?: unknown })?.error ?? metadata;
  if (!(error instanceof Error)) return {};
  const provider = error as Error & { error?: string; error_description?: string };
  return {
    error: error.name,
    message: error.message.slice(0, 200),
    ...(provider.error ? { providerError: provider.error } : {}),
  };
}

/**
 * next-auth's errors into Waitboard's log, so "the provider is down" or "the client secret is
 * wrong" reach the administrator as one line saying so (next-auth's own logger prints whole
 * objects, profiles among them).
 */
export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    // Thrown on purpose for a session that was signed out (options.ts): not an error.
    if (code === 'JWT_SESSION_ERROR') return log.info('a signed-out session was refused', describe(metadata));
    // The provider sent the person back with an error of its own (they cancelled, or it refused):
    // its words come from the address, so they are not trusted as an alert.
    if (code === 'OAUTH_CALLBACK_HANDLER_ERROR')
      return log.warn('single sign-on came back with an error from the provider', { code });
    const hint =
      code === 'SIGNIN_OAUTH_ERROR'
        ? 'could not start single sign-on: is the provider reachable, and OIDC_ISSUER right?'
        : code.startsWith('OAUTH_CALLBACK')
          ? 'single sign-on did not finish: check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, and the provider'
          : 'sign-in error';
    log.error(hint, { code, ...describe(metadata) });
  },
  warn(code) {
    log.warn('next-auth warning', { code });
  },
  debug() {},
};
