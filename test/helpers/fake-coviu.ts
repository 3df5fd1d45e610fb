/**
 * A scripted fetch for unit tests of the client: token requests are answered from `tokens`,
 * everything else from `responses` in order. Records every request it saw.
 */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

export type Scripted = Response | (() => Response) | Error;

export function fakeCoviu(
  options: { responses?: Scripted[]; tokenLifetimeSeconds?: number; tokenStatus?: number } = {},
) {
  const seen: SeenRequest[] = [];
  const tokenRequests: SeenRequest[] = [];
  const responses = [...(options.responses ?? [])];
  let tokenCount = 0;
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: SeenRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
    };
    if (request.url.endsWith('/v1/auth/token')) {
      tokenRequests.push(request);
      if (options.tokenStatus) return new Response('{"error":"invalid_client"}', { status: options.tokenStatus });
      tokenCount++;
      return Response.json({
        access_token: `access-${tokenCount}`,
        refresh_token: `refresh-${tokenCount}`,
        expires_in: options.tokenLifetimeSeconds ?? 3600,
        token_type: 'Bearer',
      });
    }
    seen.push(request);
    const next = responses.shift();
    if (next === undefined) throw new Error(`fakeCoviu: no scripted response for ${request.method} ${request.url}`);
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next;
  };
  return { fetch: fetchImpl as typeof fetch, seen, tokenRequests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export const noSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};
