#!/usr/bin/env node
// The app for the browser tests (playwright.config.ts's webServer) on a fresh database every run:
// the embedded one in an emptied DATA_DIR, or with E2E_DATABASE=postgres a new PostgreSQL
// database, dropped when Playwright stops the server (and by the next run if this one was killed).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { adminUrlForHumans, createDatabase, dropDatabase, sweepStaleDatabases } from './e2e-database.mjs';
import { bin, root } from './lib.mjs';

const { DATA_DIR, PORT } = process.env;
if (!DATA_DIR || !PORT) {
  console.error('e2e-server: set DATA_DIR and PORT (playwright.config.ts does)');
  process.exit(2);
}
rmSync(DATA_DIR, { recursive: true, force: true });

const env = { ...process.env };
let database = null;
if (process.env.E2E_DATABASE === 'postgres') {
  // CI has PostgreSQL, so a run that cannot reach it fails here rather than passing on nothing.
  try {
    await sweepStaleDatabases();
    database = await createDatabase();
  } catch (error) {
    console.error(
      `e2e: E2E_DATABASE=postgres needs a PostgreSQL at ${adminUrlForHumans()} where databases may be created (set TEST_DATABASE_URL): ${error.message}`,
    );
    process.exit(1);
  }
  env.DATABASE_URL = database.url;
  console.error(`e2e: the app runs on PostgreSQL database ${database.name}`);
} else {
  // A DATABASE_URL from the developer's shell would silently turn the embedded run into a PostgreSQL one.
  delete env.DATABASE_URL;
}

// Node closes an idle keep-alive socket after 5 s; a client reusing it at that moment gets
// ECONNRESET (seen in the suite). 65 s outlasts the clients' idle sockets, as it must a load
// balancer's usual 60 s (README, Scripts: `npm run serve`).
const app = spawn(bin('next'), ['start', '-p', PORT, '--keepAliveTimeout', '65000'], {
  cwd: root,
  stdio: 'inherit',
  env,
});

// Playwright signals the whole process group and waits for this script (gracefulShutdown in the
// config). Next's own SIGTERM handler waits for open requests, an event stream among them, so it
// gets a moment, then is killed as before: the database goes either way, by FORCE.
const GRACE_MS = 3_000;
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode !== null || app.signalCode !== null) return;
    app.kill(signal);
    setTimeout(() => app.kill('SIGKILL'), GRACE_MS).unref();
  });
}
app.on('exit', async (code) => {
  if (database) {
    await dropDatabase(database.name).catch((error) =>
      console.error(`e2e: could not drop ${database.name} (the next run will): ${error.message}`),
    );
  }
  process.exit(stopping ? 0 : (code ?? 1));
});
