#!/usr/bin/env node
// Creates an embedded database folder (PGlite's initdb) and exits. The app runs this in a child
// process on first start: initdb peaks near 900 MB of WebAssembly memory, which a process keeps
// until a garbage collection that may never come; the app itself then only ever reopens the
// folder. Usage: node scripts/init-pglite.mjs DATA_DIR
import { PGlite } from '@electric-sql/pglite';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node scripts/init-pglite.mjs DATA_DIR');
  process.exit(2);
}
const db = new PGlite(dataDir);
await db.waitReady;
await db.close();
