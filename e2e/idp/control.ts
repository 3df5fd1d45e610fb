import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Issuer } from './issuer';
import { MODES } from './provider';

const config = z.strictObject({ mode: z.enum(MODES).optional(), clientSecret: z.string().min(1).optional() });
const account = z.strictObject({
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
  roles: z.array(z.string()).optional(),
});

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refusal(400, 'the body is not JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new Refusal(400, z.prettifyError(result.error));
  return result.data;
}

/** Answers one control request with a JSON body (or throws a Refusal). */
async function answer(issuer: Issuer, req: IncomingMessage): Promise<unknown> {
  const { pathname } = new URL(req.url ?? '/', 'http://control');
  const route = `${req.method} ${pathname}`;
  const state = () => ({ mode: issuer.mode, up: issuer.isUp, accounts: issuer.accounts.size });
  if (route === 'GET /_idp') return state();
  if (route === 'POST /_idp/config') {
    issuer.configure(parse(config, await readJson(req)));
    return state();
  }
  if (route === 'POST /_idp/down') {
    await issuer.down();
    return state();
  }
  if (route === 'POST /_idp/up') {
    await issuer.up();
    return state();
  }
  if (route === 'GET /_idp/events') return { events: issuer.log.list() };
  if (route === 'DELETE /_idp/events') {
    issuer.log.clear();
    return { events: [] };
  }
  const login = /^\/_idp\/accounts\/([^/]+)$/.exec(pathname)?.[1];
  if (login !== undefined && req.method === 'PUT') {
    const claims = parse(account, await readJson(req));
    issuer.accounts.set(decodeURIComponent(login), claims);
    return { login: decodeURIComponent(login), claims };
  }
  if (login !== undefined && req.method === 'DELETE') {
    return { deleted: issuer.accounts.delete(decodeURIComponent(login)) };
  }
  throw new Refusal(404, `no control route ${route}`);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** The control API on its own port, so it still answers while the issuer is down. */
export function startControl(issuer: Issuer, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    answer(issuer, req).then(
      (body) => send(res, 200, body),
      (error: unknown) =>
        error instanceof Refusal
          ? send(res, error.status, { error: error.message })
          : send(res, 500, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
