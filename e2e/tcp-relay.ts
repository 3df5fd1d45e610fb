import { connect, createServer, type Server, type Socket } from 'node:net';

// A TCP relay between one instance and PostgreSQL, so a test can cut that instance's database link
// alone: `reset()` closes every connection (both ends notice at once, as when a router restarts),
// `blackhole()` silently stops forwarding and leaves the sockets open (a pulled cable: neither end
// notices until a timeout or keepalive fires), `restore()` forwards again what was held back, as
// TCP retransmits once the cable is back.

export class TcpRelay {
  private server: Server | null = null;
  private pairs = new Set<[Socket, Socket]>();
  private passing = true;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  get port(): number {
    return (this.server!.address() as { port: number }).port;
  }

  async listen(): Promise<this> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (!this.passing) pair.forEach((s) => s.pause());
      const end = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('close', end).on('error', end);
      upstream.on('close', end).on('error', end);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  blackhole(): void {
    this.passing = false;
    for (const pair of this.pairs) pair.forEach((s) => s.pause());
  }

  reset(): void {
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    this.pairs.clear();
  }

  restore(): void {
    this.passing = true;
    for (const pair of this.pairs) pair.forEach((s) => s.resume());
  }

  close(): Promise<void> {
    this.reset();
    const server = this.server;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
