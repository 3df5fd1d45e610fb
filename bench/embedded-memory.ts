import { execFileSync } from 'node:child_process';

/** Runs bench/embedded-memory-probe.ts in a new process and reads its one JSON line. */
export function probeEmbeddedMemory(mode: 'app' | 'naive', dataDir: string): { rssMb: number; ms: number } {
  const out = execFileSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', '--tsconfig', 'tsconfig.json', 'bench/embedded-memory-probe.ts', mode, dataDir],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, LOG_LEVEL: 'error' } },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as { rssMb: number; ms: number };
}
