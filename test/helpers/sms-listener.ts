import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface ReceivedSms {
  path: string;
  /** user:password from HTTP basic auth. */
  credentials: string;
  contentType: string;
  form: Record<string, string>;
}

/** What to answer one request with; `hang` never answers. */
export type SmsReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

/**
 * A local HTTP server standing in for an SMS provider's messages endpoint (Twilio's shape). Replies
 * queued with `reply` are used in order; after them it answers 201 with a Twilio-like `sid`.
 */
export async function startSmsListener() {
  const received: ReceivedSms[] = [];
  const replies: SmsReply[] = [];
  let count = 0;
  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const auth = request.headers.authorization ?? '';
    received.push({
      path: request.url ?? '',
      credentials: auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '',
      contentType: request.headers['content-type'] ?? '',
      form: Object.fromEntries(new URLSearchParams(body)),
    });
    const reply = replies.shift() ?? {
      status: 201,
      body: { sid: `SM${String(++count).padStart(32, '0')}`, status: 'queued' },
    };
    if (reply === 'hang') return;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  };
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => handle(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `http://127.0.0.1:${port}/2010-04-01/Accounts/AC123/Messages.json`,
    received,
    reply: (...next: SmsReply[]) => replies.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
