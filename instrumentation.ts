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
  // Not awaited: the server answers /api/health (not ready) while the sandbox is still starting.
  void bootstrap().catch(() => undefined);
}
