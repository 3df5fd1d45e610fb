// Shared by the run and test commands. Plain Node (no dependencies): these run before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = (name) => join(root, 'node_modules', '.bin', name);

export function say(message) {
  console.log(`\u001b[1m[waitboard]\u001b[0m ${message}`);
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : mtime(path));
  }
  return latest;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  return result.status ?? 1;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const modules = join(root, 'node_modules');
  // A git worktree may link node_modules to another checkout's. `npm ci` empties the folder the
  // link points to, pulling the install from under that checkout's running servers and tests (it
  // did, once, as a new worktree's lockfile is newer than the install it links to).
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    say(
      `node_modules links to ${realpathSync(modules)}: not reinstalling there; run npm ci in that checkout if needed.`,
    );
    return;
  }
  const installed = join(modules, '.package-lock.json');
  if (existsSync(installed) && mtime(installed) >= mtime(join(root, 'package-lock.json'))) return;
  say('Installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    say('npm ci failed; see above.');
    process.exit(1);
  }
}

/** `next build` when there is no build or the sources changed since the last one. */
export function ensureBuild(env = {}) {
  const buildId = join(root, '.next', 'BUILD_ID');
  const sources = Math.max(
    ...['app', 'components', 'lib', 'server', 'public'].map((d) => newest(join(root, d))),
    ...['package-lock.json', 'next.config.js', 'tailwind.config.ts', 'tsconfig.json'].map((f) => mtime(join(root, f))),
  );
  if (existsSync(buildId) && mtime(buildId) >= sources) return;
  say('Building the app (next build)…');
  if (run(bin('next'), ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1', ...env } }) !== 0) {
    say('The build failed; see above.');
    process.exit(1);
  }
}

export function start(command, args, env) {
  return spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
