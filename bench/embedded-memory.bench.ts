// Memory of the embedded default: a process that opens a fresh PGlite folder the way Waitboard
// does (initdb in a child process, small shared buffers) against a plain PGlite, each in a new
// process, after the same writes and reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeEmbeddedMemory } from './embedded-memory';

const folder = mkdtempSync(join(tmpdir(), 'waitboard-memory-'));
try {
  const naive = probeEmbeddedMemory('naive', join(folder, 'naive'));
  const app = probeEmbeddedMemory('app', join(folder, 'app'));
  console.log(`embedded database, fresh folder, after 50,000 rows written and read:`);
  console.log(`  plain PGlite: ${naive.rssMb} MB resident (${naive.ms} ms)`);
  console.log(`  Waitboard:    ${app.rssMb} MB resident (${app.ms} ms, initdb in a child)`);
  console.log(
    `  ratio: ${(naive.rssMb / app.rssMb).toFixed(1)}x less memory; target under 400 MB: ${app.rssMb < 400 ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
