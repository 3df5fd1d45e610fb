import { type NextRequest, NextResponse } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { roleAllowed, ruleFor } from './server/auth/route-policy';
import { authSecret } from './server/auth/secret';
import { env } from './server/env';

const CHOOSE_PASSWORD = '/account/password';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function contentSecurityPolicy(nonce: string): string {
  // NODE_ENV is Next's build mode, inlined at build time, not configuration: not in env.ts.
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A state-changing request must come from our own pages: another origin's form or script is refused. */
function crossOrigin(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get('origin');
  if (origin) {
    const publicUrl = env().NEXTAUTH_URL;
    const expected = publicUrl ? new URL(publicUrl).host : request.headers.get('host');
    try {
      return new URL(origin).host !== expected && new URL(origin).host !== request.headers.get('host');
    } catch {
      return true;
    }
  }
  return request.headers.get('sec-fetch-site') === 'cross-site';
}

/**
 * API routes another site may read: health (load balancers), next-auth (the identity provider's
 * redirect back to its callback; next-auth checks state and PKCE) and Coviu's webhooks (POST, with
 * their own credentials, and sent by servers, which send no Sec-Fetch-Site).
 */
const CROSS_SITE_API = ['/api/health', '/api/auth/', '/api/webhooks/'];

/**
 * Another site's read of our API: refused, because some reads write (exports, a caller's details
 * and a recording's first play are audited) and a link on another site would make a signed-in
 * person's browser do it (lax cookies ride along on top-level navigations). Our own pages send
 * `same-origin`, an address typed or bookmarked `none`, and clients without the header are not
 * browsers carrying someone else's session. Pages are not affected: links into Waitboard work.
 */
function crossSiteRead(request: NextRequest): boolean {
  if (!SAFE_METHODS.has(request.method)) return false;
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith('/api/') || CROSS_SITE_API.some((p) => pathname === p || pathname.startsWith(p)))
    return false;
  const site = request.headers.get('sec-fetch-site');
  return site === 'cross-site' || site === 'same-site';
}

/** Sign-in forms are an email, a password and a token: a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refusal(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

function secure(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

/**
 * Runs before every request (Next 16 proxy, Node runtime): refuses cross-origin state changes,
 * sends signed-out visitors of a page to sign-in and the wrong role to a 403 page, and sets the
 * security headers with a fresh CSP nonce. API routes check sessions themselves (route wrapper),
 * so they can answer 401 JSON.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;

  // Next answers a bare 500 for a path whose escapes are not UTF-8 (`%C3%28`): refuse it here.
  if (!decodable(pathname)) return secure(refusal(400, 'bad_path', 'This address is not valid.'), request, csp);
  // Sign-in is next-auth's, not our route wrapper's: its body limit is checked here (and, for
  // chunked bodies that declare no length, as it is read: app/api/auth/[...nextauth]/route.ts).
  if (pathname.startsWith('/api/auth/') && Number(request.headers.get('content-length') ?? 0) > MAX_AUTH_BODY_BYTES)
    return secure(
      refusal(413, 'too_large', 'The request is too large: Waitboard accepts at most 64 KB here.'),
      request,
      csp,
    );

  if (crossOrigin(request)) {
    return secure(refusal(403, 'cross_origin', 'This change must be made from Waitboard itself.'), request, csp);
  }
  if (crossSiteRead(request)) {
    const message = 'Open this from Waitboard itself, not from a link on another site.';
    return secure(refusal(403, 'cross_site', message), request, csp);
  }

  if (!pathname.startsWith('/api/')) {
    const match = ruleFor(pathname);
    if (match && match.rule.access !== 'public') {
      const token = await getToken({ req: request, secret: authSecret() });
      if (!token?.uid) {
        const signIn = new URL('/signin', request.url);
        signIn.searchParams.set('callbackUrl', pathname + request.nextUrl.search);
        return secure(NextResponse.redirect(signIn), request, csp);
      }
      if (!roleAllowed(match.rule.access, token.role)) {
        return secure(NextResponse.rewrite(new URL('/forbidden', request.url), { status: 403 }), request, csp);
      }
      // A temporary password opens one page: the one where its holder chooses their own.
      if (token.mustChange && pathname !== CHOOSE_PASSWORD) {
        return secure(NextResponse.redirect(new URL(CHOOSE_PASSWORD, request.url)), request, csp);
      }
    }
  }

  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return secure(NextResponse.next({ request: { headers } }), request, csp);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|sounds/).*)'],
};
