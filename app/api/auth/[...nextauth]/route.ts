import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/server/auth/options';
import { toErrorResponse } from '@/server/errors';
import { readLimitedText } from '@/server/http/request-limits';

export const dynamic = 'force-dynamic';

type Handler = (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth reads its options when called, so the secret and providers come from the live config.
const nextAuth: Handler = (request, context) => (NextAuth(authOptions()) as Handler)(request, context);

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
