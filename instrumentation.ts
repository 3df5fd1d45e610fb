export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { bootstrap } = await import('./server/bootstrap');
  // Not awaited: the server answers /api/health (not ready) while the sandbox is still starting.
  void bootstrap().catch(() => undefined);
}
