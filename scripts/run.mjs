#!/usr/bin/env node
// `npm start`: install and build as needed, start the Coviu sandbox unless real Coviu is configured,
// start Waitboard, and print where it is. `--dev` runs `next dev` instead of a production build.
import { randomBytes } from 'node:crypto';
import { bin, ensureBuild, ensureDependencies, say, start, waitFor } from './lib.mjs';

const dev = process.argv.includes('--dev');
const port = process.env.PORT || '3000';
const sandboxPort = process.env.SANDBOX_PORT || '4010';
const coviuVars = ['COVIU_BASE_URL', 'COVIU_CLIENT_ID', 'COVIU_CLIENT_SECRET'];
const configured = coviuVars.filter((v) => process.env[v]);
if (configured.length > 0 && configured.length < 3) {
  say(
    `Set all of ${coviuVars.join(', ')} to use real Coviu, or none to use the sandbox. Missing: ${coviuVars.filter((v) => !process.env[v]).join(', ')}.`,
  );
  process.exit(1);
}
const useSandbox = configured.length === 0;

ensureDependencies();
if (!dev) ensureBuild();

const children = [];
function stop(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The sandbox sends its webhooks to this app with a token made up for this run.
const webhookToken =
  process.env.COVIU_WEBHOOK_TOKEN || (useSandbox ? randomBytes(24).toString('base64url') : undefined);

if (useSandbox) {
  say(`No Coviu credentials configured: starting the Coviu sandbox on port ${sandboxPort}…`);
  const sandbox = start(bin('tsx'), ['sandbox/main.ts'], {
    SANDBOX_PORT: sandboxPort,
    SANDBOX_WEBHOOK_URL: process.env.SANDBOX_WEBHOOK_URL || `http://127.0.0.1:${port}/api/webhooks/coviu`,
    SANDBOX_WEBHOOK_AUTH: process.env.SANDBOX_WEBHOOK_AUTH || `bearer:${webhookToken}`,
  });
  sandbox.on('exit', (code) => {
    say(`The sandbox stopped (exit ${code}).`);
    stop(code ?? 1);
  });
  children.push(sandbox);
  if (!(await waitFor(`http://127.0.0.1:${sandboxPort}/_sandbox`))) {
    say(`The sandbox did not start on port ${sandboxPort}. Is the port taken? Set SANDBOX_PORT to another.`);
    stop(1);
  }
} else {
  say(`Using Coviu at ${new URL(process.env.COVIU_BASE_URL).origin}.`);
}

// Idle keep-alive sockets are kept 65 s, not Node's 5 s (see playwright.config.ts).
const app = start(bin('next'), dev ? ['dev', '-p', port] : ['start', '-p', port, '--keepAliveTimeout', '65000'], {
  NEXT_TELEMETRY_DISABLED: '1',
  SANDBOX_PORT: sandboxPort,
  // next-auth builds its callback URLs from this; behind a proxy set it to the public address.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  ...(webhookToken ? { COVIU_WEBHOOK_TOKEN: webhookToken } : {}),
});
app.on('exit', (code) => {
  say(`Waitboard stopped (exit ${code}).`);
  stop(code ?? 1);
});
children.push(app);

if (await waitFor(`http://127.0.0.1:${port}/api/health`, 120_000)) {
  say(
    `Waitboard is running at http://localhost:${port}${useSandbox ? ` (Coviu sandbox at http://127.0.0.1:${sandboxPort})` : ''}. Ctrl-C stops it.`,
  );
} else {
  say(`Waitboard did not answer on port ${port}. Is the port taken? Set PORT to another.`);
  stop(1);
}
