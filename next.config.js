// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM that the bundler must not touch (STACK.md);
  // prom-client too: one copy per process, so every bundle counts into the same registry.
  serverExternalPackages: ['@electric-sql/pglite', 'prom-client', 'pg-listen'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 from a page whose [teamId] is not one of the person's clinics; the proxy
  // cannot tell, as memberships live in the database.
  experimental: {
    authInterrupts: true,
    // The proxy keeps a copy of each request body in memory (10 MB by default). Our routes refuse
    // anything over 64 KB with a 413, so a copy past 256 KB can only be an attack on memory; cut
    // there, the route still sees more than its limit and still answers 413.
    proxyClientMaxBodySize: '256kb',
  },
};

export default nextConfig;
