import { afterEach, describe, expect, it } from 'vitest';
import { captureLogs } from '../../log';
import { authLogger } from './auth-logger';

let capture: ReturnType<typeof captureLogs> | null = null;
afterEach(() => capture?.restore());

const lines = () => capture!.lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('next-auth errors in the log', () => {
  it('says the provider could not be reached, for a sign-in that could not start', () => {
    capture = captureLogs();
    authLogger.error!('SIGNIN_OAUTH_ERROR', { error: new TypeError('fetch failed'), providerId: 'oidc' });
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: expect.stringContaining('could not start single sign-on'),
        code: 'SIGNIN_OAUTH_ERROR',
        error: 'TypeError',
      }),
    ]);
  });

  it('names the provider’s refusal of the token exchange (a wrong client secret)', () => {
    capture = captureLogs();
    const refused = Object.assign(new Error('invalid_client (client authentication failed)'), {
      error: 'invalid_client',
    });
    authLogger.error!('OAUTH_CALLBACK_ERROR', { error: refused, providerId: 'oidc' });
    expect(lines()).toEqual([
      expect.objectContaining({ msg: expect.stringContaining('OIDC_CLIENT_SECRET'), providerError: 'invalid_client' }),
    ]);
  });

  it('never writes the profile or tokens next-auth hands over', () => {
    capture = captureLogs();
    authLogger.error!('OAUTH_PARSE_PROFILE_ERROR', {
      error: new Error('bad profile'),
      OAuthProfile: { email: 'nina@clinic.example', name: 'Nina Patel', id_token: 'eyJhbGciOi.secret' },
    });
    const written = capture.lines.join('\n');
    expect(written).toContain('bad profile');
    for (const secret of ['nina@clinic.example', 'Nina Patel', 'eyJhbGciOi']) expect(written).not.toContain(secret);
  });

  it('takes an error the provider sent back in the address as a warning, without its words', () => {
    capture = captureLogs();
    authLogger.error!('OAUTH_CALLBACK_HANDLER_ERROR', { error: new Error('forged alert text'), providerId: 'oidc' });
    expect(lines()).toEqual([expect.objectContaining({ level: 'warn', code: 'OAUTH_CALLBACK_HANDLER_ERROR' })]);
    expect(capture.lines.join('\n')).not.toContain('forged alert text');
  });
});
