import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeEmbeddedMemory } from '@/bench/embedded-memory';

// The embedded default runs on a clinic's own small machine: after opening a new data folder and
// doing some work, the app process stays under 400 MB (PGlite's initdb alone peaks near 900 MB).
describe('the embedded database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'waitboard-memory-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps the app process under 400 MB after a first start', () => {
    const { rssMb } = probeEmbeddedMemory('app', join(folder, 'data'));
    expect(rssMb).toBeLessThan(400);
  }, 180_000);
});
