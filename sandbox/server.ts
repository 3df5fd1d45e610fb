import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { SandboxContext } from './context';
import { DEFAULT_OPTIONS, type SandboxOptions } from './options';
import { authRoutes } from './routes/auth';
import { collectionRoutes } from './routes/collections';
import { controlRoutes } from './routes/control';
import { controlSessionRoutes } from './routes/control-sessions';
import { entryRoutes } from './routes/entry';
import { participantRoutes } from './routes/participants';
import { sessionRoutes } from './routes/sessions';
import { waitingRoutes } from './routes/waiting';

export function createSandboxApp(ctx: SandboxContext): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    ctx.sync();
    await next();
  });
  app.use('/v1/*', ctx.stats.middleware());
  app.use('/v1/*', (c, next) => ctx.faults.middleware()(c, next));
  authRoutes(app, ctx);
  sessionRoutes(app, ctx);
  participantRoutes(app, ctx);
  waitingRoutes(app, ctx);
  collectionRoutes(app, ctx);
  controlRoutes(app, ctx);
  controlSessionRoutes(app, ctx);
  entryRoutes(app, ctx);
  app.notFound((c) => c.json({ error: { message: 'Not found.' } }, 404));
  app.onError((error, c) => {
    console.error('sandbox error', error);
    return c.json({ error: { message: 'Internal error in the sandbox.' } }, 500);
  });
  return app;
}

export interface RunningSandbox {
  url: string;
  port: number;
  ctx: SandboxContext;
  close(): Promise<void>;
}

/** Starts a sandbox on 127.0.0.1 (port 0 picks a free one). */
export async function startSandbox(options: Partial<SandboxOptions> & { port?: number } = {}): Promise<RunningSandbox> {
  const { port = 0, ...rest } = options;
  const ctx = new SandboxContext({ ...DEFAULT_OPTIONS, ...rest, rules: { ...DEFAULT_OPTIONS.rules, ...rest.rules } });
  const app = createSandboxApp(ctx);
  const { server, actualPort } = await new Promise<{ server: ReturnType<typeof serve>; actualPort: number }>(
    (resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) =>
        resolve({ server: s, actualPort: info.port }),
      );
      s.once('error', reject);
    },
  );
  ctx.baseUrl = `http://127.0.0.1:${actualPort}`;
  // Moves the simulation along between requests, so webhooks go out when things happen.
  const ticker = setInterval(() => ctx.sync(), 100);
  ticker.unref();
  return {
    url: ctx.baseUrl,
    port: actualPort,
    ctx,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(ticker);
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
