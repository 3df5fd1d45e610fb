import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { SandboxClock } from './clock';

export interface IssuedToken {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'Bearer';
  scope: string;
}

/**
 * HS256 JWTs like Coviu's (API-NOTES §1.3: a `userId` claim the JS SDK reads), expiring on the
 * sandbox clock. Refresh tokens are single use and rotate. `revokeAll` is the fault "revoked tokens".
 */
export class TokenIssuer {
  private readonly secret = new Uint8Array(randomBytes(32));
  private live = new Set<string>();
  private refreshTokens = new Map<string, string>();
  issued = 0;

  constructor(
    private readonly clock: SandboxClock,
    private readonly ttlSeconds: () => number,
    private readonly userId: string,
    private readonly teamId: () => string,
  ) {}

  async issue(clientId: string): Promise<IssuedToken> {
    const jti = randomBytes(12).toString('hex');
    const nowSeconds = Math.floor(this.clock.now() / 1000);
    const ttl = this.ttlSeconds();
    const scope = `team_api[${this.teamId()}]`;
    const accessToken = await new SignJWT({ userId: this.userId, client_id: clientId, scope })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setJti(jti)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + ttl)
      .sign(this.secret);
    const refreshToken = randomBytes(24).toString('base64url');
    this.live.add(jti);
    this.refreshTokens.set(refreshToken, clientId);
    this.issued++;
    return { access_token: accessToken, refresh_token: refreshToken, expires_in: ttl, token_type: 'Bearer', scope };
  }

  /** The client id the refresh token belonged to; the token is spent either way. */
  redeemRefreshToken(refreshToken: string): string | null {
    const clientId = this.refreshTokens.get(refreshToken) ?? null;
    this.refreshTokens.delete(refreshToken);
    return clientId;
  }

  async verify(accessToken: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(accessToken, this.secret, {
        algorithms: ['HS256'],
        currentDate: new Date(this.clock.now()),
      });
      return typeof payload.jti === 'string' && this.live.has(payload.jti);
    } catch {
      return false;
    }
  }

  revokeAll(): void {
    this.live = new Set();
    this.refreshTokens = new Map();
  }
}
