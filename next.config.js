// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM that the bundler must not touch (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 from a page whose [teamId] is not one of the person's clinics; the proxy
  // cannot tell, as memberships live in the database.
  experimental: { authInterrupts: true },
};

export default nextConfig;
