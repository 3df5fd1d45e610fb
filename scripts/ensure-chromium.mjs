#!/usr/bin/env node
// Browser tests need Chromium, which test tools cannot download here: use Debian's package.
import { existsSync } from 'node:fs';
import { run, say } from './lib.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) {
    say(`Chromium found at ${found}; no install needed.`);
    return found;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    say('Chromium is missing and cannot be installed from here. Install it, then run the tests again:');
    say('  sudo apt-get update && sudo apt-get install -y chromium');
    say('(or set CHROMIUM_PATH to a Chromium or Chrome binary)');
    process.exit(1);
  }
  say("Installing Debian's chromium for the browser tests (apt-get update && apt-get install -y chromium)…");
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0
  ) {
    say('apt-get could not install chromium; see above.');
    process.exit(1);
  }
  return findChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
