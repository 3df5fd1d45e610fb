import type { Hono } from 'hono';
import type { SandboxContext } from '../context';

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** The body is form-encoded; Coviu's reference misspells the media type, so it is not checked. */
async function readForm(text: string): Promise<URLSearchParams> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return new URLSearchParams(JSON.parse(trimmed) as Record<string, string>);
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(trimmed);
}

export function authRoutes(app: Hono, ctx: SandboxContext) {
  app.post('/v1/auth/token', async (c) => {
    const client = basicCredentials(c.req.header('authorization'));
    if (!client || client.id !== ctx.options.clientId || client.secret !== ctx.options.clientSecret) {
      c.header('WWW-Authenticate', 'Basic realm="coviu"');
      return c.json({ error: 'invalid_client', error_description: 'Client authentication failed.' }, 401);
    }
    const form = await readForm(await c.req.text());
    const grant = form.get('grant_type');
    if (grant === 'client_credentials') return c.json(await ctx.tokens.issue(client.id));
    if (grant === 'refresh_token') {
      const owner = ctx.tokens.redeemRefreshToken(form.get('refresh_token') ?? '');
      if (owner !== client.id) {
        return c.json(
          { error: 'invalid_grant', error_description: 'The refresh token is invalid or was already used.' },
          400,
        );
      }
      return c.json(await ctx.tokens.issue(client.id));
    }
    if (grant === 'authorization_code') {
      return c.json({ error: 'invalid_grant', error_description: 'The sandbox issues no authorization codes.' }, 400);
    }
    return c.json(
      { error: 'unsupported_grant_type', error_description: 'Use client_credentials or refresh_token.' },
      400,
    );
  });

  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token || !(await ctx.tokens.verify(token))) {
      c.header('WWW-Authenticate', 'Bearer realm="coviu", error="invalid_token"');
      return c.json({ error: { message: 'The access token is missing, invalid or expired.' } }, 401);
    }
    return next();
  });
}
