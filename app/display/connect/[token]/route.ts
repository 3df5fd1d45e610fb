import { NextResponse } from 'next/server';
import { DISPLAY_COOKIE } from '@/server/display/access';
import { verifyDisplayToken } from '@/server/display/tokens';
import { HttpError } from '@/server/errors';
import { route } from '@/server/http/handler';

export const dynamic = 'force-dynamic';

const YEAR_SECONDS = 365 * 86_400;

/**
 * Opening a display link on the TV: the secret moves into an http-only cookie and the address bar
 * shows only the clinic's display, so it is not left on screen or in the TV's history of pages.
 */
export const GET = route<{ token: string }>('display-connect', async ({ request, params }) => {
  const grant = await verifyDisplayToken(params.token);
  if (!grant)
    throw new HttpError(
      401,
      'display_link_invalid',
      'This display link is not valid (it may have been revoked). Ask a practice manager for a new one.',
    );
  // A relative Location: the TV stays on the address it used, where the cookie below is set
  // (request.url would name Next's listening host, localhost, which on the TV is the TV itself).
  const response = new NextResponse(null, { status: 303, headers: { location: `/display/${grant.teamId}` } });
  const https = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  response.cookies.set(DISPLAY_COOKIE, params.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    path: '/',
    maxAge: YEAR_SECONDS,
  });
  response.headers.set('referrer-policy', 'no-referrer');
  return response;
});
