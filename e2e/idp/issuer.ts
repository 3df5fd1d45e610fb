import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type Provider from 'oidc-provider';
import { EventLog } from './events';
import { type AccountClaims, buildProvider, type Keys, makeKeys, type Mode, type ProviderSettings } from './provider';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The identity provider's state and its issuer listener. Every configuration change builds a new
 * oidc-provider instance (same issuer, signing key and cookie keys) and requests go to the newest.
 * `down()` closes the listener and destroys open sockets, so clients get a real connection refused.
 */
export class Issuer {
  readonly accounts = new Map<string, AccountClaims>();
  readonly log = new EventLog();
  private readonly keys: Keys = makeKeys();
  private settings: ProviderSettings;
  private handler: Handler;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    settings: ProviderSettings,
    private readonly port: number,
    private readonly host = '127.0.0.1',
  ) {
    this.settings = settings;
    this.handler = this.build();
  }

  get mode(): Mode {
    return this.settings.mode;
  }

  get isUp(): boolean {
    return this.server !== null;
  }

  private build(): Handler {
    const provider: Provider = buildProvider(this.settings, this.keys, this.accounts, this.log);
    return provider.callback();
  }

  configure(change: { mode?: Mode; clientSecret?: string }): void {
    const clientSecretChanged = change.clientSecret !== undefined && change.clientSecret !== this.settings.clientSecret;
    this.settings = { ...this.settings, ...change };
    this.handler = this.build();
    this.log.add({ kind: 'config', mode: this.settings.mode, clientSecretChanged });
  }

  up(): Promise<void> {
    if (this.server) return Promise.resolve();
    const server = createServer((req, res) => void this.handler(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => {
        server.off('error', reject);
        this.server = server;
        resolve();
      });
    });
  }

  down(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return closed;
  }
}
