import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { withAuthRequest } from '@/server/auth/auth-request';
import { authOptions } from '@/server/auth/options';
import { onToProviderSignOut } from '@/server/auth/sso/sign-out-response';
import { HttpError, toErrorResponse } from '@/server/errors';
import { readLimitedText } from '@/server/http/request-limits';

export const dynamic = 'force-dynamic';

type Handler = (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth reads its options when called, so the secret and providers come from the live config.
// Its callbacks learn who is asking (for the audit) from withAuthRequest; a sign-out of a single
// sign-on session goes on to the provider's sign-out.
const nextAuth: Handler = (request, context) =>
  withAuthRequest(request, async (authRequest) => {
    const response = await (NextAuth(authOptions()) as Handler)(request, context);
    return onToProviderSignOut(response, authRequest);
  });

function withoutQuery(url: string): string {
  const bare = new URL(url);
  bare.search = '';
  return bare.toString();
}

/**
 * next-auth reads a form body whole, however long: a POST's body is read here first, at most
 * 64 KB (a chunked body declares no length for the proxy to check), then handed on.
 */
const handler: Handler = async (request, context) => {
  const [action, provider] = (await context.params).nextauth;
  // next-auth's browser-log endpoint takes anything from anyone once a logger is set: nothing here uses it.
  if (action === '_log') return toErrorResponse(new HttpError(404, 'not_found', 'No such page.'), 'auth');
  // next-auth lets the query override the authorisation request's parameters: prompt=login and
  // max_age are the shared computer's protection, so a sign-in start takes none from the browser.
  const url = action === 'signin' && provider ? withoutQuery(request.url) : request.url;
  if (request.method !== 'POST')
    return nextAuth(url === request.url ? request : new NextRequest(url, { headers: request.headers }), context);
  let body: string;
  try {
    body = await readLimitedText(request);
  } catch (error) {
    return toErrorResponse(error, 'auth');
  }
  return nextAuth(new NextRequest(url, { method: 'POST', headers: request.headers, body }), context);
};

export { handler as GET, handler as POST };
