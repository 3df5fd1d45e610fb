// A local OpenID provider for the browser tests (oidc-provider, with its dev login form), plus a
// control API to set accounts, switch modes, break the client secret and take the issuer down.
// Run: node_modules/.bin/tsx e2e/idp/main.ts (playwright.config.ts starts it for the suite).
import { startControl } from './control';
import { Issuer } from './issuer';
import { MODES, type Mode } from './provider';

const port = Number(process.env.IDP_PORT ?? 4120);
const controlPort = Number(process.env.IDP_CONTROL_PORT ?? port + 1);
const appUrl = process.env.IDP_APP_URL ?? 'http://127.0.0.1:3100';
const clientSecret = process.env.IDP_CLIENT_SECRET ?? 'e2e-oidc-secret-0123456789';
const mode = (process.env.IDP_MODE ?? 'id-token') as Mode;
if (!MODES.includes(mode)) throw new Error(`IDP_MODE is one of ${MODES.join(', ')}`);

// oidc-provider warns of its development-only parts (memory adapter, dev login form) for every
// instance, and one is built per configuration change: each warning once is enough.
const warned = new Set<string>();
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const line = args.map(String).join(' ');
  if (!warned.has(line)) warn(...args);
  warned.add(line);
};

const issuer = new Issuer({ issuer: `http://127.0.0.1:${port}`, appUrl, mode, clientSecret }, port);
await issuer.up();
const control = await startControl(issuer, controlPort);
console.log(
  `Identity provider: issuer http://127.0.0.1:${port} (${mode}), control http://127.0.0.1:${controlPort}/_idp`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    control.close();
    void issuer.down().then(() => process.exit(0));
  });
}
