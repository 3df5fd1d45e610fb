#!/usr/bin/env node
// `npm run screenshots`: starts the sandbox and the built app on free ports with a fresh data
// folder and writes the README's pictures to docs/screenshots/. Each file in scripts/shots/ (run
// in name order) sets up what its pages need and takes their pictures. Needs a build
// (`npx next build --webpack`) and Chromium. `npm run screenshots -- console` runs only the
// shot files whose names contain "console".
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { root, say } from './lib.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, missingPrerequisite, signIn, startStack } from './stack.mjs';

const OUT = join(root, 'docs', 'screenshots');
const SHOTS = join(root, 'scripts', 'shots');

/**
 * What every shot file is given.
 * @typedef {{ stack: Awaited<ReturnType<typeof startStack>>, browser: import('playwright').Browser,
 *   signIn: typeof signIn, shoot: (page: import('playwright').Page, name: string) => Promise<void> }} ShotKit
 */

const missing = missingPrerequisite();
if (missing) {
  say(`No screenshots: ${missing}.`);
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync(SHOTS)
  .filter((f) => f.endsWith('.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
mkdirSync(OUT, { recursive: true });
const stack = await startStack();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shoot = async (page, name) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  say(`docs/screenshots/${name}.png`);
};
try {
  for (const file of files) {
    const { default: shots } = await import(pathToFileURL(join(SHOTS, file)).href);
    await shots({ stack, browser, signIn, shoot });
  }
} finally {
  await browser.close();
  stack.stop();
}
