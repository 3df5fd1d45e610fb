export async function register() {
  // Read directly, not through env.ts: Next inlines NEXT_RUNTIME per bundle, which is what lets
  // the edge build drop the Node-only imports below.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, before any request is served: the socket's address is what audit and the sign-in
  // throttle believe (see server/auth/peer-address.ts).
  const { stampPeerAddresses } = await import('./server/auth/peer-address');
  stampPeerAddresses();
  // Checked before anything starts: a bad value stops the server with a message naming the
  // variable, instead of a server that answers "not ready" for ever.
  const { env } = await import('./server/env');
  env();
  const { bootstrap } = await import('./server/bootstrap');
  const { FOLDER_IN_USE } = await import('./server/db/folder-lock');
  // Not awaited: the server answers /api/health (not ready) while the sandbox is still starting.
  const start = () =>
    bootstrap().catch((error: unknown) => {
      // Another process has the embedded database: a server answering "not ready" for ever would
      // hide that, so this one stops, saying which folder and which process.
      if ((error as Error)?.name === FOLDER_IN_USE) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exit(1);
      }
      // Anything else (PostgreSQL not yet reachable, a brief outage) is tried again: bootstrap()
      // has logged why, and readiness says "not ready" meanwhile.
      setTimeout(() => void start(), START_RETRY_MS).unref();
    });
  void start();
}

const START_RETRY_MS = 5_000;
