import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { withAuthRequest } from '@/server/auth/auth-request';
import { authOptions } from '@/server/auth/options';
import { onToProviderSignOut } from '@/server/auth/sso/sign-out-response';
import { toErrorResponse } from '@/server/errors';
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

/**
 * next-auth reads a form body whole, however long: a POST's body is read here first, at most
 * 64 KB (a chunked body declares no length for the proxy to check), then handed on.
 */
const handler: Handler = async (request, context) => {
  if (request.method !== 'POST') return nextAuth(request, context);
  let body: string;
  try {
    body = await readLimitedText(request);
  } catch (error) {
    return toErrorResponse(error, 'auth');
  }
  return nextAuth(new NextRequest(request.url, { method: 'POST', headers: request.headers, body }), context);
};

export { handler as GET, handler as POST };
