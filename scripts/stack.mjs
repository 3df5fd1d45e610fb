// The built app and the Coviu sandbox as throwaway processes on free ports with a fresh data folder,
// for the browser benchmark and the screenshot script. Plain Node so both can use it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, root, waitFor } from './lib.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestIn(dir) {
  let latest = 0;
  const pending = existsSync(dir) ? [dir] : [];
  while (pending.length) {
    const current = pending.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else latest = Math.max(latest, statSync(path).mtimeMs);
    }
  }
  return latest;
}

/** Why the browser tools cannot run here (no Chromium, no build or an old one), or null when they can. */
export function missingPrerequisite() {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`;
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return 'no build of the app: run `npx next build --webpack` (or `npm run build`) first';
  // Figures or pictures of older code than the sources would mislead.
  const built = statSync(buildId).mtimeMs;
  const stale = ['app', 'components', 'lib', 'server'].find((d) => newestIn(join(root, d)) > built);
  if (stale) return `the build is older than ${stale}/: rebuild with \`npx next build --webpack\` first`;
  return null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the sandbox (simulation off: only the callers a script adds) and `next start`, each in its
 * own process group so stopping takes their children too; stops them when this process exits.
 */
export async function startStack({ env = {}, log = 'ignore' } = {}) {
  const [appPort, sandboxPort] = [await freePort(), await freePort()];
  const appUrl = `http://127.0.0.1:${appPort}`;
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'waitboard-stack-'));
  const token = 'stack-webhook-token-0123456789';
  const children = [];
  const launch = (command, args, childEnv) => {
    const child = spawn(command, args, {
      cwd: root,
      detached: true,
      stdio: log,
      env: { ...process.env, ...childEnv },
    });
    children.push(child);
    return child;
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const child of children) {
      try {
        if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  try {
    launch(bin('tsx'), ['sandbox/main.ts'], {
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_SIMULATION: 'off',
      SANDBOX_SEED: '2026',
      SANDBOX_WEBHOOK_URL: `${appUrl}/api/webhooks/coviu`,
      SANDBOX_WEBHOOK_AUTH: `bearer:${token}`,
    });
    launch(bin('next'), ['start', '-p', String(appPort), '--keepAliveTimeout', '65000'], {
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(appPort),
      DATA_DIR: dataDir,
      NEXTAUTH_URL: appUrl,
      SANDBOX_PORT: String(sandboxPort),
      COVIU_WEBHOOK_TOKEN: token,
      LOG_LEVEL: 'error',
      ...env,
    });
    if (!(await waitFor(`${sandboxUrl}/_sandbox`, 30_000))) throw new Error('the sandbox did not start');
    if (!(await waitFor(`${appUrl}/api/health?ready=1`, 120_000))) throw new Error('the app did not start');
  } catch (error) {
    stop();
    throw error;
  }
  const control = async (method, path, body) => {
    const response = await fetch(`${sandboxUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return { appUrl, sandboxUrl, control, stop };
}

/** Signs a browser context in through the sign-in form's own endpoints (demo password). */
export async function signIn(context, appUrl, email) {
  const { csrfToken } = await (await context.request.get(`${appUrl}/api/auth/csrf`)).json();
  const response = await context.request.post(`${appUrl}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: 'waitboard-demo', json: 'true' },
    headers: { origin: appUrl },
  });
  if (response.status() !== 200) throw new Error(`could not sign in as ${email}: ${response.status()}`);
}
