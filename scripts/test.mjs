#!/usr/bin/env node
// `npm test`: everything — lint, formatting, typecheck, unit and integration (Vitest, against a real sandbox),
// then end-to-end (Playwright in Debian's Chromium against the built app and the sandbox).
// Every step runs even after a failure, so one run shows everything that is wrong.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { bin, ensureBuild, ensureDependencies, root, run, say } from './lib.mjs';

ensureDependencies();
const chromium = ensureChromium();

const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [];
function step(name, fn) {
  say(`— ${name}`);
  const started = Date.now();
  const status = fn();
  steps.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

step('lint', () => run(bin('eslint'), ['--max-warnings=0', '.']));
step('format (prettier --check)', () => run(bin('prettier'), ['--check', '--log-level=warn', '.']));
step('typecheck', () => run(bin('next'), ['typegen']) || run(bin('tsc'), ['--noEmit']));
step('unit and integration (vitest)', () =>
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'vitest.json')}`]),
);
step('end-to-end (playwright)', () => {
  ensureBuild();
  return run(bin('playwright'), ['test'], { env: { CHROMIUM_PATH: chromium } });
});

const vitest = readJson(join(results, 'vitest.json'));
const playwright = readJson(join(results, 'playwright.json'));
const counts = { passed: 0, failed: 0, skipped: 0 };
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  say(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`);
}
if (playwright) {
  const s = playwright.stats;
  counts.passed += s.expected + s.flaky;
  counts.failed += s.unexpected;
  counts.skipped += s.skipped;
  say(
    `playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped${s.flaky ? ` (${s.flaky} flaky)` : ''}`,
  );
}
for (const s of steps) say(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
const failedSteps = steps.filter((s) => !s.ok);
if (failedSteps.length && counts.failed === 0) counts.failed = failedSteps.length;
if (!existsSync(join(results, 'playwright.json'))) say('playwright wrote no report: the browser tests did not run.');
console.log(`total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
