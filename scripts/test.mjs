#!/usr/bin/env node
// `npm test`: everything — lint, formatting, typecheck, unit and integration (Vitest, against a real sandbox),
// then end-to-end (Playwright in Debian's Chromium against the built app and the sandbox), once with the
// app on the embedded PGlite and once on PostgreSQL.
// Every step runs even after a failure, so one run shows everything that is wrong.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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
// The browser suite twice, the app on each database it supports: the embedded PGlite, then a fresh
// PostgreSQL database (TEST_DATABASE_URL's server; the pass fails if there is none, as CI has one).
const e2ePasses = [
  { label: 'PGlite', database: 'pglite', report: 'playwright.json' },
  { label: 'PostgreSQL', database: 'postgres', report: 'playwright-postgres.json' },
];
for (const pass of e2ePasses) {
  step(`end-to-end on ${pass.label} (playwright)`, () => {
    ensureBuild();
    return run(bin('playwright'), ['test'], { env: { CHROMIUM_PATH: chromium, E2E_DATABASE: pass.database } });
  });
}

/** Every skipped test with its reason, so a skip is never read as a pass. */
function skipReasons(suite, path = []) {
  const here = suite.title ? [...path, suite.title] : path;
  const lines = [];
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) {
      if (t.status !== 'skipped') continue;
      const notes = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])];
      const reason = notes.find((a) => a.type === 'skip' || a.type === 'fixme')?.description ?? 'no reason given';
      lines.push(`${[...here, spec.title].join(' › ')}: ${reason}`);
    }
  }
  for (const child of suite.suites ?? []) lines.push(...skipReasons(child, here));
  return lines;
}

const vitest = readJson(join(results, 'vitest.json'));
const counts = { passed: 0, failed: 0, skipped: 0 };
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  say(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests} skipped`);
}
for (const pass of e2ePasses) {
  const report = readJson(join(results, pass.report));
  if (!report) {
    say(`playwright on ${pass.label} wrote no report: its browser tests did not run.`);
    continue;
  }
  const s = report.stats;
  counts.passed += s.expected + s.flaky;
  counts.failed += s.unexpected;
  counts.skipped += s.skipped;
  say(
    `playwright on ${pass.label}: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped${s.flaky ? ` (${s.flaky} flaky)` : ''}`,
  );
  for (const line of report.suites.flatMap((suite) => skipReasons(suite))) say(`  skipped: ${line}`);
  // A server that did not start (e.g. no PostgreSQL) fails the run before any test: say why.
  for (const error of report.errors ?? []) say(`  error: ${(error.message ?? '').split('\n')[0]}`);
}
for (const s of steps) say(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
const failedSteps = steps.filter((s) => !s.ok);
if (failedSteps.length && counts.failed === 0) counts.failed = failedSteps.length;
console.log(`total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
