import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

// A load balancer in front of the cluster's instances, as small as the tests need: it sends each
// request to the preferred instance, or to the next when that one refuses the connection (nginx's
// `proxy_next_upstream error`), and passes responses through unbuffered. When an instance dies
// mid-stream it drops the browser's connection, as nginx does, so the browser's EventSource
// reconnects, through it, to an instance that is alive.

export interface Routed {
  path: string;
  /** The instance's port that answered. */
  port: number;
  at: number;
}

export class FailoverProxy {
  /** Requests in the order they were answered, with the instance that answered each. */
  readonly routed: Routed[] = [];
  private order: number[];
  private held: { until: Promise<void>; release: () => void } | null = null;
  private server: Server | null = null;

  constructor(ports: number[]) {
    this.order = [...ports];
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Sends requests to this instance first. */
  prefer(port: number): void {
    this.order = [port, ...this.order.filter((p) => p !== port)];
  }

  /** Holds new waiting-stream requests until `release()` (to let events happen while a browser is away). */
  holdStreams(): void {
    let release = () => undefined as void;
    const until = new Promise<void>((r) => (release = r));
    this.held = { until, release };
  }

  releaseStreams(): void {
    this.held?.release();
    this.held = null;
  }

  async listen(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const stream = /\/stream(\?|$)/.test(req.url ?? '');
        void (stream && this.held ? this.held.until : Promise.resolve()).then(() =>
          this.forward(req, body, [...this.order], res),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  private forward(req: IncomingMessage, body: Buffer, ports: number[], res: ServerResponse): void {
    const port = ports.shift();
    if (port === undefined) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('no instance answered');
      return;
    }
    // The Host header is passed as sent: the instances' public address (NEXTAUTH_URL) is this proxy.
    const upstream = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        this.routed.push({ path: req.url ?? '', port, at: Date.now() });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.flushHeaders();
        answer.on('data', (chunk: Buffer) => res.write(chunk));
        answer.on('end', () => res.end());
        // The instance died mid-answer: drop the client's connection too.
        answer.on('error', () => res.destroy());
        answer.on('close', () => {
          if (!answer.complete) res.destroy();
        });
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // Refused: the request never reached it. Reset: it may have, so only a read is sent again
      // (nginx's default too: no `non_idempotent` in proxy_next_upstream).
      const safe = error.code === 'ECONNREFUSED' || (error.code === 'ECONNRESET' && /^(GET|HEAD)$/.test(req.method!));
      if (!res.headersSent && safe) this.forward(req, body, ports, res);
      else res.destroy();
    });
    res.on('close', () => upstream.destroy());
    upstream.end(body);
  }

  close(): Promise<void> {
    this.releaseStreams();
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
